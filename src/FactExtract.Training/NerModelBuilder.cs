using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>Compacts a dense bucket-by-tag weight matrix into a <see cref="NerModel"/>, keeping only rows that carry weight.</summary>
internal static class NerModelBuilder
{
    public static NerModel FromDense(NerLabels labels, int hashBits, float[] dense, float[] bias, string trainer, string description, float threshold, WordClusters clusters)
    {
        int n = labels.Count;
        var kept = new List<int>();
        for (int b = 0; b < 1 << hashBits; b++)
            if (Keeps(dense.AsSpan(b * n, n), threshold)) kept.Add(b);
        var weights = new float[(long)kept.Count * n];
        for (int row = 0; row < kept.Count; row++)
        {
            var source = dense.AsSpan(kept[row] * n, n);
            var target = weights.AsSpan(row * n, n);
            for (int k = 0; k < n; k++) target[k] = MathF.Abs(source[k]) > threshold ? source[k] : 0f;
        }

        var rows = new RowIndex(1 << hashBits, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kept));
        return new NerModel(labels, hashBits, rows, weights, bias, trainer, description, clusters);
    }

    private static bool Keeps(ReadOnlySpan<float> row, float threshold)
    {
        foreach (var w in row) if (MathF.Abs(w) > threshold) return true;
        return false;
    }
}
