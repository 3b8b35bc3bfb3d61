using FactExtract.Entities;
using FactExtract.Entities.Neural;
using FactExtract.Evaluation;
using FactExtract.Tokenization;
using static TorchSharp.torch;

namespace FactExtract.Training.Neural;

/// <summary>
/// Writes a run's checkpoint in the library's neural model format, and with a dev file checks the library's .NET
/// forward pass against the network's own: the share of tokens given the same tag, and both F1 scores.
/// </summary>
internal static class ModelExport
{
    /// <summary>What an export checked on the dev file: both F1 scores and the share of tokens tagged alike.</summary>
    internal sealed record Check(double NetworkF1, double LibraryF1, double SameTagShare, long Tokens);

    public static int Run(string runDirectory, string output, string checkpoint, string? dev, TextWriter log, string? vectorsFile = null, int maxRank = 0)
    {
        Export(runDirectory, output, checkpoint, dev, log, vectorsFile, maxRank);
        return 0;
    }

    /// <summary>
    /// Exports a checkpoint. With <paramref name="vectorsFile"/>, the vocabulary is cut again: the words of frequency rank
    /// below <paramref name="maxRank"/> plus every word the network was trained with. The vectors are frozen in training,
    /// so the network learnt a function of a vector's values, not of particular rows, and the training words' rows come
    /// out bit-identical (the same 8-bit quantisation).
    /// </summary>
    public static Check? Export(string runDirectory, string output, string checkpoint, string? dev, TextWriter log, string? vectorsFile = null, int maxRank = 0)
    {
        var meta = RunFiles.ReadMeta(runDirectory);
        if (meta.Network.Layers != 1)
            throw new ArgumentException($"{runDirectory}: a network of {meta.Network.Layers} LSTM layers; the library runs one, so it cannot be exported");
        var trained = RunFiles.ReadVectors(runDirectory);
        if (vectorsFile is not null && trained.TunedRows > 0) throw new ArgumentException("a run with tuned words keeps its vocabulary: --vectors cannot re-cut it");
        var vectors = vectorsFile is null ? trained : WordVectors.Load(vectorsFile, maxRank, trained.Words.Skip(1).ToHashSet(StringComparer.Ordinal));
        var labels = new NerLabels(meta.Types);
        var chars = new CharVocabulary(meta.Chars);
        var net = new TaggerNetwork(trained.Dequantised(), trained.Dimensions, chars.Count, labels, meta.Network, trained.TunedRows);
        log.WriteLine($"{vectors.Words.Length} word vectors ({trained.Words.Length} in training)");
        var state = RunState.Read(runDirectory) ?? throw new InvalidDataException($"{runDirectory}: no finished epoch");
        net.load(Path.Combine(runDirectory, checkpoint + ".pt"));
        if (!ReferenceEquals(vectors, trained)) net.ReplaceVectors(vectors.Dequantised(), vectors.Dimensions);
        net.eval();
        var p = net.state_dict();
        float[] F(string name) => p[name].detach().contiguous().data<float>().ToArray();
        LstmWeights Direction(string suffix)
        {
            var bias = F("lstm.bias_ih_l0" + suffix);
            var other = F("lstm.bias_hh_l0" + suffix);
            for (int i = 0; i < bias.Length; i++) bias[i] += other[i];
            return new LstmWeights(F("lstm.weight_ih_l0" + suffix), F("lstm.weight_hh_l0" + suffix), bias);
        }

        // The shipped table: each tuned word's vector with its trained correction added, quantised again.
        var shipped = vectors.WithCorrections(net.Corrections());
        var (transitions, start, end) = net.CrfScores();
        int epoch = checkpoint == "best" ? state.BestEpoch : state.Epoch;
        var description = $"BiLSTM-CRF ({meta.Network.Hidden} per direction, {meta.Network.CharFilters} character filters, {vectors.Words.Length} word vectors{(trained.TunedRows > 0 ? $", {trained.TunedRows - 1} tuned" : "")}), epoch {epoch}";
        var model = new NeuralNerModel(
            labels, shipped.Words, shipped.Quantised, shipped.Scales, shipped.Dimensions, F("shapes.weight"), meta.Chars,
            F("chars.weight"), F("conv.weight"), F("conv.bias"), Direction(""), Direction("_reverse"), F("output.weight"), F("output.bias"),
            transitions, start, end, description);
        using (var file = File.Create(output)) NeuralModelFile.Write(model, file);
        log.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1e6:F1} MB): {description}");

        if (dev is null) return null;
        var sentences = ConllReader.Read(dev).Where(x => !x.IsDocStart && x.Words.Length > 0).ToList();
        NeuralNerModel read;
        using (var file = File.OpenRead(output)) read = NeuralModelFile.Read(file, output);
        var encoded = sentences.Select(x => EncodedSentence.Encode(x.Words, x.Tags, vectors, chars, labels)).ToList();
        var torchTags = TrainingRun.Predict(net, encoded, labels);
        var torchScores = TrainingRun.Score(encoded, torchTags, labels);
        var scorer = new ConllScorer();
        var scratch = new NeuralScratch();
        long same = 0, total = 0;
        foreach (var (sentence, i) in sentences.Select((s, i) => (s, i)))
        {
            var (text, tokens) = PretokenizedText.Join(sentence.Words);
            var tags = new int[tokens.Length];
            NeuralEntityTagger.Tag(read, text, tokens, tags, scratch);
            scorer.Add(sentence.Tags, tags.Select(labels.BioTag).ToArray());
            for (int t = 0; t < tags.Length; t++) same += tags[t] == torchTags[encoded[i]][t] ? 1 : 0;
            total += tags.Length;
        }

        var check = new Check(torchScores.Overall.F1, scorer.Scores().Overall.F1, (double)same / total, total);
        log.WriteLine($"dev: network F1 {check.NetworkF1:F2}, library F1 {check.LibraryF1:F2}, same tag on {100 * check.SameTagShare:F3} % of {total} tokens");
        return check;
    }
}
