using System.Diagnostics;
using FactExtract.Entities;
using FactExtract.Evaluation;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FactExtract.Training.MLNet;

/// <summary>
/// Maximum-entropy (multinomial logistic regression) tagger learnt by ML.NET's L-BFGS trainer
/// over the project's own hashed features, passed as a sparse <see cref="VBuffer{T}"/> column.
/// Training sees the gold previous tags (a local classifier); at run time the tagger decodes
/// greedily with its own predictions. The weights are read out of the trained
/// <see cref="MaximumEntropyModelParameters"/> into a <see cref="NerModel"/>, which the library
/// scores with its own code: ML.NET is needed only here, never at run time.
/// </summary>
internal sealed class MaxEntTrainer
{
    private readonly TrainingOptions _options;
    private readonly TextWriter _log;

    public MaxEntTrainer(TrainingOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    public NerModel Train(TrainingSet train, IReadOnlyList<ConllSentence> dev)
    {
        var fit = Fit(train);
        if (dev.Count > 0) _log.WriteLine($"dev F1 {NerEvaluation.Score(fit.Model, dev).Overall.F1:F2}");
        return fit.Model;
    }

    /// <summary>Trains and returns both the extracted model and ML.NET's own predictor, so the two can be compared.</summary>
    public MaxEntFit Fit(TrainingSet train)
    {
        var clock = Stopwatch.StartNew();
        int bits = _options.HashBits;
        int n = train.Labels.Count;
        var ml = new MLContext(seed: _options.Seed);
        var data = ml.Data.LoadFromEnumerable(Examples(train, bits), Schema(bits, n));
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            L2Regularization = _options.L2 ?? 1f,
            L1Regularization = 0,
            MaximumNumberOfIterations = _options.MaxEntIterations,
            HistorySize = 10,
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var transformer = trainer.Fit(data);
        var parameters = transformer.Model;
        VBuffer<float>[] weights = Array.Empty<VBuffer<float>>();
        parameters.GetWeights(ref weights, out int classes);
        if (classes != n) throw new InvalidOperationException($"ML.NET trained {classes} classes, expected {n}");
        var dense = new float[(long)n << bits];
        for (int k = 0; k < n; k++)
        {
            foreach (var (index, value) in weights[k].Items())
                dense[(long)index * n + k] = value;
        }

        var bias = parameters.GetBiases().ToArray();
        var description = $"ML.NET LbfgsMaximumEntropy, L2 {_options.L2 ?? 1f}, {_options.MaxEntIterations} iterations, {train.Sentences.Length} sentences, {bits}-bit feature hashing";
        var model = NerModelBuilder.FromDense(train.Labels, bits, dense, bias, "maxent", description, 0f, train.Clusters);
        _log.WriteLine($"maxent: trained in {clock.Elapsed.TotalSeconds:F0}s, {model.RowCount} feature rows");
        return new MaxEntFit(model, ml, transformer, bits, n);
    }

    internal static SchemaDefinition Schema(int bits, int classes)
    {
        var schema = SchemaDefinition.Create(typeof(MaxEntExample));
        schema[nameof(MaxEntExample.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, 1 << bits);
        schema[nameof(MaxEntExample.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes);
        return schema;
    }

    /// <summary>One example per token: its static features plus the history features of the gold previous tags (and gold document memory).</summary>
    internal static IEnumerable<MaxEntExample> Examples(TrainingSet train, int bits)
    {
        var dynamic = new uint[NerFeatures.DynamicCount];
        var memory = new DocumentMemory();
        for (int d = 0; d < train.DocumentCount; d++)
        {
          memory.Clear();
          for (int s = train.DocumentStart[d]; s < train.DocumentStart[d + 1]; s++)
          {
            int first = train.SentenceStart[s], end = train.SentenceStart[s + 1];
            for (int t = first; t < end; t++)
            {
                int prev = t > first ? train.Gold[t - 1] : -1, prev2 = t > first + 1 ? train.Gold[t - 2] : -1;
                NerFeatures.Dynamic(train.Hashes.AsSpan(first, end - first), t - first, prev, prev2, memory.TagOf(train.Hashes[t]), dynamic);
                yield return new MaxEntExample
                {
                    Features = Vector(train.StaticFeatures(t), dynamic, bits),
                    Label = (uint)train.Gold[t], // read as the 0-based class index; PredictedLabel comes back 1-based
                };
                memory.Remember(train.Hashes[t], train.Gold[t]);
            }
          }
        }
    }

    /// <summary>Features as a sparse vector: bucket indices sorted, repeated buckets summed.</summary>
    internal static VBuffer<float> Vector(ReadOnlySpan<uint> staticFeatures, ReadOnlySpan<uint> dynamicFeatures, int bits)
    {
        uint mask = (1u << bits) - 1;
        var indices = new int[staticFeatures.Length + dynamicFeatures.Length];
        int c = 0;
        foreach (var f in staticFeatures) indices[c++] = (int)(f & mask);
        foreach (var f in dynamicFeatures) indices[c++] = (int)(f & mask);
        Array.Sort(indices);
        var values = new float[indices.Length];
        int m = 0;
        for (int i = 0; i < indices.Length; i++)
        {
            if (m > 0 && indices[m - 1] == indices[i]) { values[m - 1] += 1; continue; }
            indices[m] = indices[i];
            values[m++] = 1;
        }

        return new VBuffer<float>(1 << bits, m, values, indices);
    }
}

/// <summary>A token as ML.NET sees it.</summary>
internal sealed class MaxEntExample
{
    public VBuffer<float> Features { get; set; }

    public uint Label { get; set; }
}

/// <summary>ML.NET's prediction for one example.</summary>
internal sealed class MaxEntPrediction
{
    [ColumnName("PredictedLabel")]
    public uint PredictedLabel { get; set; }

    [ColumnName("Score")]
    public float[] Score { get; set; } = Array.Empty<float>();
}

/// <summary>A trained maximum-entropy model: the extracted <see cref="NerModel"/> and ML.NET's own transformer.</summary>
internal sealed record MaxEntFit(NerModel Model, MLContext Context, ITransformer Transformer, int HashBits, int Classes)
{
    /// <summary>ML.NET's predicted class (0-based tag index) for each example.</summary>
    public int[] Predict(IEnumerable<MaxEntExample> examples)
    {
        var data = Context.Data.LoadFromEnumerable(examples, MaxEntTrainer.Schema(HashBits, Classes));
        var scored = Transformer.Transform(data);
        return Context.Data.CreateEnumerable<MaxEntPrediction>(scored, reuseRowObject: false)
            .Select(p => (int)p.PredictedLabel - 1).ToArray();
    }
}
