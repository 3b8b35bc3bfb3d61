using System.Diagnostics;
using System.Text.Json;
using FactExtract.Entities;
using FactExtract.Entities.Neural;
using FactExtract.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace FactExtract.Training.Neural;

/// <summary>Settings of one training run, as given on the command line.</summary>
internal sealed record TrainingSettings
{
    public required string Train { get; init; }

    public required string Dev { get; init; }

    public required string Vectors { get; init; }

    public required string RunDirectory { get; init; }

    public int Epochs { get; init; } = 30;

    public int Seed { get; init; } = 1;

    public int BatchSize { get; init; } = 32;

    public double LearningRate { get; init; } = 1e-3;

    public int MaxRank { get; init; } = 100_000;

    public int Threads { get; init; } = 2;

    /// <summary>Training words seen at least this often get a trainable correction to their vector; 0 tunes none.</summary>
    public int TuneMinCount { get; init; }

    /// <summary>The learning rate of epoch e is lr / (1 + decay × (e − 1)); 0 keeps it constant.</summary>
    public double LearningRateDecay { get; init; }

    public bool Resume { get; init; }

    /// <summary>
    /// With <see cref="Resume"/>: go on from the best epoch's weights (not the last), with a fresh optimiser at
    /// <see cref="LearningRate"/>: the model card's second, low-rate phase.
    /// </summary>
    public bool FromBest { get; init; }

    public NetworkSettings Network { get; init; } = new();
}

/// <summary>
/// Trains the network on a CoNLL/BIO file, scoring the dev file after every epoch. Each epoch leaves a checkpoint
/// (<c>last.pt</c>, <c>state.json</c>) so <c>--resume</c> picks a stopped run up; the best epoch by dev F1 is kept as
/// <c>best.pt</c>. Deterministic for a seed and a thread count.
/// </summary>
internal static class TrainingRun
{
    public static int Run(TrainingSettings s, TextWriter log)
    {
        torch.set_num_threads(s.Threads);
        torch.random.manual_seed(s.Seed);
        Directory.CreateDirectory(s.RunDirectory);

        var train = ConllReader.Read(s.Train).Where(x => !x.IsDocStart && x.Words.Length > 0).ToList();
        var dev = ConllReader.Read(s.Dev).Where(x => !x.IsDocStart && x.Words.Length > 0).ToList();
        var sw = Stopwatch.StartNew();
        var state = RunState.Read(s.RunDirectory);
        bool resuming = s.Resume && state is not null;
        var (labels, chars, vectors, network) = resuming ? Recorded(s.RunDirectory) : Fresh(s, train);
        if (!resuming && s.TuneMinCount > 0)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var w in train.SelectMany(x => x.Words)) counts[NeuralInput.WordKey(w)] = counts.GetValueOrDefault(NeuralInput.WordKey(w)) + 1;
            vectors = vectors.WithTuned(counts.Where(kv => kv.Value >= s.TuneMinCount).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList());
            log.WriteLine($"{vectors.TunedRows - 1} words tuned (seen at least {s.TuneMinCount} times), {vectors.Words.Length} vocabulary rows");
        }

        log.WriteLine($"{train.Count} training and {dev.Count} dev sentences; {labels.Types.Length} types; {vectors.Words.Length} word vectors ({sw.Elapsed.TotalSeconds:F1} s); {chars.Count} characters");
        var trainSet = train.Select(x => EncodedSentence.Encode(x.Words, x.Tags, vectors, chars, labels)).ToList();
        var devSet = dev.Select(x => EncodedSentence.Encode(x.Words, x.Tags, vectors, chars, labels)).ToList();
        if (!resuming) RunFiles.WriteMeta(s.RunDirectory, labels, chars, vectors, network);

        var net = new TaggerNetwork(vectors.Dequantised(), vectors.Dimensions, chars.Count, labels, network, vectors.TunedRows);
        if (s.Resume && state is not null && s.FromBest)
        {
            net.load(Path.Combine(s.RunDirectory, "best.pt"));
            log.WriteLine($"resumed from the best epoch, {state.BestEpoch} (dev F1 {state.BestF1:F2}), with a fresh optimiser at {s.LearningRate}");
            state = state with { Epoch = state.BestEpoch };
        }
        else if (s.Resume && state is not null)
        {
            net.load(Path.Combine(s.RunDirectory, "last.pt"));
            log.WriteLine($"resumed after epoch {state.Epoch} (best dev F1 {state.BestF1:F2} at epoch {state.BestEpoch})");
        }
        else state = new RunState(0, 0, 0);

        var parameters = net.parameters().Where(p => p.requires_grad).ToList();
        var optimizer = torch.optim.Adam(parameters, lr: s.LearningRate);
        if (s.Resume && !s.FromBest && File.Exists(Path.Combine(s.RunDirectory, "optimizer.pt")))
        {
            optimizer.load_state_dict(Path.Combine(s.RunDirectory, "optimizer.pt"));
            // The state keeps the rate it was saved with; a resumed run may lower it to fine-tune (the model card's second step).
            foreach (var group in optimizer.ParamGroups) group.LearningRate = s.LearningRate;
        }

        for (int epoch = state.Epoch + 1; epoch <= s.Epochs; epoch++)
        {
            sw.Restart();
            net.train();
            if (s.LearningRateDecay > 0)
                foreach (var group in optimizer.ParamGroups) group.LearningRate = s.LearningRate / (1 + s.LearningRateDecay * (epoch - 1));
            var batches = Batches(trainSet, s.BatchSize, new Random(s.Seed * 1000 + epoch));
            double total = 0;
            int done = 0;
            foreach (var batch in batches)
            {
                using var scope = NewDisposeScope();
                var (w, tu, sh, c, t) = Tensors(batch);
                var loss = net.Loss(net.call(w, tu, sh, c), t);
                optimizer.zero_grad();
                loss.backward();
                nn.utils.clip_grad_norm_(parameters, 5.0);
                optimizer.step();
                total += loss.item<float>() * batch.Count;
                if (++done % 500 == 0) log.WriteLine($"  epoch {epoch}: {done}/{batches.Count} batches, mean loss {total / batches.Take(done).Sum(b => b.Count):F3}, {sw.Elapsed.TotalSeconds:F0} s");
            }

            var trainTime = sw.Elapsed.TotalSeconds;
            var scores = Evaluate(net, devSet, labels);
            var f1 = scores.Overall.F1;
            net.save(Path.Combine(s.RunDirectory, "last.pt"));
            optimizer.save_state_dict(Path.Combine(s.RunDirectory, "optimizer.pt"));
            bool best = f1 > state.BestF1;
            if (best) net.save(Path.Combine(s.RunDirectory, "best.pt"));
            state = new RunState(epoch, best ? epoch : state.BestEpoch, best ? f1 : state.BestF1);
            state.Write(s.RunDirectory);
            string Type(string name) => scores.Types.FirstOrDefault(x => x.Type == name) is { } x ? $" {name} {x.F1:F2}" : "";
            log.WriteLine($"epoch {epoch}: loss {total / trainSet.Count:F3}, dev F1 {f1:F2} (P {scores.Overall.Precision:F2} R {scores.Overall.Recall:F2}){Type("ORG")}{Type("PERSON")}{Type("GPE")}; train {trainTime:F0} s{(best ? "; best so far" : "")}");
            log.Flush();
        }

        log.WriteLine($"best dev F1 {state.BestF1:F2} at epoch {state.BestEpoch}");
        return 0;
    }

    /// <summary>
    /// A new run's tag set, characters and vocabulary, from its training file. A resumed run keeps the ones it recorded
    /// (<see cref="Recorded"/>) instead, so it may go on with a different training file, such as gold plus silver text.
    /// </summary>
    private static (NerLabels, CharVocabulary, WordVectors, NetworkSettings) Fresh(TrainingSettings s, List<ConllSentence> train)
    {
        var keep = train.SelectMany(x => x.Words).Select(w => NeuralInput.WordKey(w)).ToHashSet(StringComparer.Ordinal);
        return (NerLabels.FromTags(train.SelectMany(x => x.Tags)), CharVocabulary.From(train.SelectMany(x => x.Words), minCount: 1),
            WordVectors.Load(s.Vectors, s.MaxRank, keep), s.Network);
    }

    private static (NerLabels, CharVocabulary, WordVectors, NetworkSettings) Recorded(string runDirectory)
    {
        var meta = RunFiles.ReadMeta(runDirectory);
        return (new NerLabels(meta.Types), new CharVocabulary(meta.Chars), RunFiles.ReadVectors(runDirectory), meta.Network);
    }

    /// <summary>Dev scores of the network, decoded as the library decodes (<see cref="CrfDecoder"/>).</summary>
    public static ConllScores Evaluate(TaggerNetwork net, IReadOnlyList<EncodedSentence> sentences, NerLabels labels) =>
        Score(sentences, Predict(net, sentences, labels), labels);

    /// <summary>Entity-level scores of predicted <paramref name="tags"/> against the sentences' gold tags.</summary>
    public static ConllScores Score(IReadOnlyList<EncodedSentence> sentences, IReadOnlyDictionary<EncodedSentence, int[]> tags, NerLabels labels)
    {
        var scorer = new ConllScorer();
        foreach (var sentence in sentences) scorer.Add(sentence.GoldBio, tags[sentence].Select(labels.BioTag).ToArray());
        return scorer.Scores();
    }

    /// <summary>Each sentence's tags, decoded by <see cref="CrfDecoder"/> from the network's scores.</summary>
    public static Dictionary<EncodedSentence, int[]> Predict(TaggerNetwork net, IReadOnlyList<EncodedSentence> sentences, NerLabels labels)
    {
        net.eval();
        var result = new Dictionary<EncodedSentence, int[]>(ReferenceEqualityComparer.Instance);
        var (trans, start, end) = net.CrfScores();
        using (torch.no_grad())
        {
            foreach (var batch in Batches(sentences, 64, random: null))
            {
                using var scope = NewDisposeScope();
                var (w, tu, sh, c, _) = Tensors(batch);
                var emissions = net.call(w, tu, sh, c).contiguous().data<float>().ToArray();
                int n = batch[0].Length, l = labels.Count;
                var scratch = new float[CrfDecoder.ScratchLength(n, l)];
                for (int b = 0; b < batch.Count; b++)
                {
                    var tags = new int[n];
                    CrfDecoder.Decode(emissions.AsSpan(b * n * l, n * l), trans, start, end, labels, tags, scratch);
                    result[batch[b]] = tags;
                }
            }
        }

        return result;
    }

    /// <summary>Batches of sentences of one length (no padding, so the LSTM reads exactly what the tagger will), in random order.</summary>
    internal static List<List<EncodedSentence>> Batches(IReadOnlyList<EncodedSentence> sentences, int size, Random? random)
    {
        var batches = new List<List<EncodedSentence>>();
        foreach (var group in sentences.GroupBy(x => x.Length).OrderBy(g => g.Key))
        {
            var list = group.ToList();
            if (random is not null) random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
            for (int i = 0; i < list.Count; i += size) batches.Add(list.GetRange(i, Math.Min(size, list.Count - i)));
        }

        if (random is not null) random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batches));
        return batches;
    }

    private static (Tensor Words, Tensor Tuned, Tensor Shapes, Tensor Chars, Tensor Tags) Tensors(List<EncodedSentence> batch)
    {
        int b = batch.Count, n = batch[0].Length;
        var w = new long[b * n];
        var tu = new long[b * n];
        var sh = new long[b * n];
        var c = new long[b * n * NeuralInput.MaxChars];
        var t = new long[b * n];
        for (int i = 0; i < b; i++)
        {
            batch[i].Words.CopyTo(w, i * n);
            batch[i].Tuned.CopyTo(tu, i * n);
            batch[i].Shapes.CopyTo(sh, i * n);
            batch[i].Chars.CopyTo(c, i * n * NeuralInput.MaxChars);
            batch[i].Tags.CopyTo(t, i * n);
        }

        return (tensor(w, b, n), tensor(tu, b, n), tensor(sh, b, n), tensor(c, new long[] { b, n, NeuralInput.MaxChars }), tensor(t, b, n));
    }
}

/// <summary>Where a run stands: the last finished epoch and the best one by dev F1.</summary>
internal sealed record RunState(int Epoch, int BestEpoch, double BestF1)
{
    public void Write(string dir) => File.WriteAllText(Path.Combine(dir, "state.json"), JsonSerializer.Serialize(this));

    public static RunState? Read(string dir)
    {
        var path = Path.Combine(dir, "state.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<RunState>(File.ReadAllText(path)) : null;
    }
}
