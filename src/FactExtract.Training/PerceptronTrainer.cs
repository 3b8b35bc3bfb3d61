using System.Diagnostics;
using FactExtract.Entities;
using FactExtract.Evaluation;

namespace FactExtract.Training;

/// <summary>
/// Averaged perceptron trained on its own greedy decoding: each sentence is tagged left to right
/// with the current weights (so the tag-history features see predicted, not gold, tags, as at run
/// time), and every wrong token moves the weights toward the gold tag. Weights are averaged over
/// all updates (Daumé's trick: keep w and the step-weighted sum u, average = w - u / c). Document
/// order is shuffled per epoch with a fixed seed, so a run is reproducible. The epoch with the best
/// dev F1 is kept.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly TrainingOptions _options;
    private readonly TextWriter _log;

    public PerceptronTrainer(TrainingOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    public NerModel Train(TrainingSet train, IReadOnlyList<ConllSentence> dev)
    {
        int members = Math.Max(1, _options.Ensemble);
        float[]? sum = null;
        var epochs = new List<int>();
        for (int m = 0; m < members; m++)
        {
            if (members > 1) _log.WriteLine($"ensemble member {m + 1} of {members} (shuffling seed {_options.Seed + m})");
            var (weights, epoch) = TrainMember(train, dev, _options.Seed + m);
            epochs.Add(epoch);
            if (sum is null)
            {
                sum = weights;
                continue;
            }

            for (long i = 0; i < sum.LongLength; i++) sum[i] += weights[i];
        }

        // Scores are linear in the weights, so the mean of the members' weights scores every tag with
        // the mean of their scores: an ensemble that costs nothing at run time.
        if (members > 1) for (long i = 0; i < sum!.LongLength; i++) sum[i] /= members;
        var model = Build(train, sum!, string.Join("+", epochs), members);
        if (members > 1 && dev.Count > 0) _log.WriteLine($"ensemble of {members}: dev F1 {NerEvaluation.Score(model, dev, Math.Max(1, _options.TrainBeam)).Overall.F1:F2}");
        return model;
    }

    /// <summary>One training run with its own document shuffles; returns the averaged weights of the epoch with the best dev F1.</summary>
    private (float[] Weights, int Epoch) TrainMember(TrainingSet train, IReadOnlyList<ConllSentence> dev, int seed)
    {
        var labels = train.Labels;
        int n = labels.Count;
        int bits = _options.HashBits;
        uint mask = (1u << bits) - 1;
        var w = new float[(long)n << bits];
        var u = new double[w.Length];
        long c = 1;
        var order = Enumerable.Range(0, train.DocumentCount).ToArray();
        var memory = new DocumentMemory();
        var random = new Random(seed);
        var scores = new float[n];
        var dynamic = new uint[NerFeatures.DynamicCount];
        var beamTrainer = _options.TrainBeam > 1 ? new BeamSentenceTrainer(labels, _options.TrainBeam, bits) : null;
        float[]? best = null;
        int bestEpoch = 0;
        double bestF1 = -1;
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            int errors = 0;
            foreach (int d in order)
            {
              memory.Clear();
              for (int s = train.DocumentStart[d]; s < train.DocumentStart[d + 1]; s++)
              {
                int first = train.SentenceStart[s], end = train.SentenceStart[s + 1];
                if (beamTrainer is not null)
                {
                    errors += beamTrainer.Train(train, s, w, u, c, memory);
                    c += end - first;
                    continue;
                }

                var hashes = train.Hashes.AsSpan(first, end - first);
                int prev = -1, prev2 = -1;
                for (int t = first; t < end; t++)
                {
                    var features = train.StaticFeatures(t);
                    NerFeatures.Dynamic(hashes, t - first, prev, prev2, memory.TagOf(train.Hashes[t]), dynamic);
                    Array.Clear(scores);
                    Add(w, features, mask, n, scores);
                    Add(w, dynamic, mask, n, scores);
                    int pred = GreedyTagger.Best(labels, prev, scores);
                    int target = train.Target(t, prev);
                    if (pred != target)
                    {
                        errors++;
                        Update(w, u, c, features, mask, n, target, pred);
                        Update(w, u, c, dynamic, mask, n, target, pred);
                    }

                    c++;
                    memory.Remember(train.Hashes[t], pred);
                    prev2 = prev;
                    prev = pred;
                }
              }
            }

            var averaged = Average(w, u, c);
            var model = Build(train, averaged, epoch.ToString(System.Globalization.CultureInfo.InvariantCulture), 1);
            var f1 = dev.Count > 0 ? NerEvaluation.Score(model, dev, Math.Max(1, _options.TrainBeam)).Overall.F1 : 100.0 * (train.TokenCount - errors) / train.TokenCount;
            _log.WriteLine($"epoch {epoch}: train errors {errors} ({100.0 * errors / train.TokenCount:F2}% of tokens), dev F1 {f1:F2}, {model.RowCount} rows, {clock.Elapsed.TotalSeconds:F1}s");
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = averaged;
                bestEpoch = epoch;
            }
        }

        _log.WriteLine($"best dev F1 {bestF1:F2} (epoch {bestEpoch})");
        return (best!, bestEpoch);
    }

    /// <summary>Adds the weight rows of <paramref name="features"/> (dense, <paramref name="n"/> tags a row) to <paramref name="scores"/>.</summary>
    internal static void Add(float[] w, ReadOnlySpan<uint> features, uint mask, int n, Span<float> scores)
    {
        foreach (uint f in features)
        {
            var row = w.AsSpan((int)(f & mask) * n, n);
            for (int k = 0; k < n; k++) scores[k] += row[k];
        }
    }

    /// <summary>
    /// One perceptron step: each feature's weight for <paramref name="target"/> goes up by one and for <paramref name="pred"/>
    /// down by one (either may be -1: no change), with <paramref name="u"/> kept for the average (Daumé's trick).
    /// </summary>
    internal static void Update(float[] w, double[] u, long c, ReadOnlySpan<uint> features, uint mask, int n, int target, int pred)
    {
        foreach (uint f in features)
        {
            long row = (long)(f & mask) * n;
            if (target >= 0)
            {
                w[row + target] += 1;
                u[row + target] += c;
            }

            if (pred >= 0)
            {
                w[row + pred] -= 1;
                u[row + pred] -= c;
            }
        }
    }

    private static float[] Average(float[] w, double[] u, long c)
    {
        var averaged = new float[w.Length];
        for (long i = 0; i < w.Length; i++)
            averaged[i] = w[i] == 0 && u[i] == 0 ? 0f : (float)(w[i] - u[i] / c);
        return averaged;
    }

    private NerModel Build(TrainingSet train, float[] weights, string epochs, int members)
    {
        // The bias template's row doubles as the bias: keep the bias array at zero.
        var decoding = _options.TrainBeam > 1 ? $"trained with a beam of {_options.TrainBeam} (early update)" : "greedy decoding";
        var description = members > 1
            ? $"mean of {members} averaged perceptrons (shuffling seeds {_options.Seed}..{_options.Seed + members - 1}, epochs {epochs}), {decoding}, {_options.HashBits}-bit feature hashing, pruned below {_options.Prune}"
            : $"averaged perceptron, {decoding}, {epochs} epochs, {_options.HashBits}-bit feature hashing, pruned below {_options.Prune}";
        description += train.Clusters.Count > 0 ? $", {train.Clusters.Count} word classes" : ", no word classes";
        return NerModelBuilder.FromDense(train.Labels, _options.HashBits, weights, new float[train.Labels.Count], "perceptron", description, _options.Prune, train.Clusters);
    }
}
