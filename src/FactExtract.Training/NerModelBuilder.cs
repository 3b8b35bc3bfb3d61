using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>Compacts a dense bucket-by-tag weight matrix into a <see cref="NerModel"/>, keeping only rows that carry weight.</summary>
internal static class NerModelBuilder
{
    public static NerModel FromDense(NerLabels labels, int hashBits, float[] dense, float[] bias, string trainer, string description, float threshold, WordClusters clusters)
    {
        int n = labels.Count;
        int buckets = 1 << hashBits;
        var rowOf = new int[buckets];
        int rows = 0;
        for (int b = 0; b < buckets; b++)
            rowOf[b] = Keeps(dense.AsSpan(b * n, n), threshold) ? rows++ : -1;
        var weights = new float[(long)rows * n];
        for (int b = 0; b < buckets; b++)
        {
            if (rowOf[b] < 0) continue;
            var source = dense.AsSpan(b * n, n);
            var target = weights.AsSpan(rowOf[b] * n, n);
            for (int k = 0; k < n; k++) target[k] = MathF.Abs(source[k]) > threshold ? source[k] : 0f;
        }

        return new NerModel(labels, hashBits, rowOf, weights, bias, trainer, description, clusters);
    }

    private static bool Keeps(ReadOnlySpan<float> row, float threshold)
    {
        foreach (var w in row) if (MathF.Abs(w) > threshold) return true;
        return false;
    }
}
