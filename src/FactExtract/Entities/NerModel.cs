namespace FactExtract.Entities;

/// <summary>
/// A trained linear tagger, immutable once built. Weights are stored by feature: the row of one
/// hashed feature holds one weight per tag, contiguous, so scoring a token is a few row reads and
/// additions. Only features that carry weight are stored; <see cref="RowOf"/> maps a hash bucket
/// to its row (or -1).
/// </summary>
internal sealed class NerModel
{
    public NerModel(NerLabels labels, int hashBits, int[] rowOf, float[] weights, float[] bias, string trainer, string description, WordClusters? clusters = null)
    {
        if (rowOf.Length != 1 << hashBits) throw new ArgumentException("row map does not match hash bits", nameof(rowOf));
        if (bias.Length != labels.Count || weights.Length % labels.Count != 0) throw new ArgumentException("weights do not match the tag set", nameof(weights));
        Labels = labels;
        HashBits = hashBits;
        Mask = (1u << hashBits) - 1;
        RowOf = rowOf;
        Weights = weights;
        Bias = bias;
        Trainer = trainer;
        Description = description;
        Clusters = clusters ?? WordClusters.Empty;
    }

    /// <summary>The word classes the cluster features look up.</summary>
    public WordClusters Clusters { get; }

    public NerLabels Labels { get; }

    public int HashBits { get; }

    public uint Mask { get; }

    public int[] RowOf { get; }

    public float[] Weights { get; }

    public float[] Bias { get; }

    /// <summary>Which learner produced the weights (e.g. <c>perceptron</c>, <c>maxent</c>).</summary>
    public string Trainer { get; }

    /// <summary>Free text: training data, settings, scores.</summary>
    public string Description { get; }

    public int RowCount => Weights.Length / Labels.Count;

    /// <summary>Adds the rows of the given features to <paramref name="scores"/> (a row is one contiguous read).</summary>
    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        int n = Labels.Count;
        var weights = Weights.AsSpan();
        foreach (uint f in features)
        {
            int row = RowOf[f & Mask];
            if (row >= 0) Add(weights.Slice(row * n, n), scores);
        }
    }

    /// <summary>Element-wise <paramref name="scores"/> += <paramref name="values"/>, vectorised.</summary>
    public static void Add(ReadOnlySpan<float> values, Span<float> scores)
    {
        int width = System.Numerics.Vector<float>.Count;
        int vectorEnd = values.Length - values.Length % width;
        int k = 0;
        for (; k < vectorEnd; k += width)
        {
            var sum = new System.Numerics.Vector<float>(scores[k..]) + new System.Numerics.Vector<float>(values[k..]);
            sum.CopyTo(scores[k..]);
        }

        for (; k < values.Length; k++) scores[k] += values[k];
    }
}
