using System.Diagnostics;
using System.Numerics;
using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>
/// Learns distributional word classes from raw text: each frequent word gets a vector of its
/// left and right neighbours among the 1,000 most frequent words (log counts), randomly
/// projected to 64 dimensions and normalised; the sign bits of 16 dimensions are its SimHash,
/// and k-means over the vectors gives its class. A cheap stand-in for Brown clusters, fully
/// deterministic (fixed seed, ties broken by hash).
/// </summary>
internal static class ClusterBuilder
{
    private const int Dimensions = 64;
    private const int ContextWords = 1000;

    public static WordClusters Build(IEnumerable<IReadOnlyList<uint>> sentences, int classes, int minCount, int seed, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var corpus = sentences.Select(s => s.ToArray()).ToList();
        var frequency = new Dictionary<uint, int>();
        long tokens = 0;
        foreach (var s in corpus)
            foreach (var w in s) { frequency[w] = frequency.GetValueOrDefault(w) + 1; tokens++; }
        var byFrequency = frequency.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).ToArray();
        var context = new Dictionary<uint, int>();
        for (int i = 0; i < Math.Min(ContextWords, byFrequency.Length); i++) context[byFrequency[i].Key] = i;
        var targets = byFrequency.Where(kv => kv.Value >= minCount).Take(100_000).Select(kv => kv.Key).ToArray();
        var targetIndex = new Dictionary<uint, int>();
        for (int i = 0; i < targets.Length; i++) targetIndex[targets[i]] = i;

        // Random ±1 projection of the 2 × ContextWords context dimensions.
        var random = new Random(seed);
        var projection = new float[2 * ContextWords * Dimensions];
        for (int i = 0; i < projection.Length; i++) projection[i] = random.Next(2) == 0 ? -1f : 1f;

        var counts = new Dictionary<long, int>();
        foreach (var s in corpus)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!targetIndex.TryGetValue(s[i], out int t)) continue;
                if (i > 0 && context.TryGetValue(s[i - 1], out int l)) Bump(counts, (long)t * 2 * ContextWords + l);
                if (i + 1 < s.Length && context.TryGetValue(s[i + 1], out int r)) Bump(counts, (long)t * 2 * ContextWords + ContextWords + r);
            }
        }

        var vectors = new float[targets.Length * Dimensions];
        foreach (var (key, count) in counts.OrderBy(kv => kv.Key))
        {
            int t = (int)(key / (2 * ContextWords)), d = (int)(key % (2 * ContextWords));
            float weight = MathF.Log(1 + count);
            var v = vectors.AsSpan(t * Dimensions, Dimensions);
            var p = projection.AsSpan(d * Dimensions, Dimensions);
            for (int k = 0; k < Dimensions; k++) v[k] += weight * p[k];
        }

        for (int t = 0; t < targets.Length; t++) Normalize(vectors.AsSpan(t * Dimensions, Dimensions));
        var assignment = KMeans(vectors, targets.Length, classes, log);
        var result = new Dictionary<uint, uint>(targets.Length);
        for (int t = 0; t < targets.Length; t++)
        {
            var v = vectors.AsSpan(t * Dimensions, Dimensions);
            ushort simHash = 0;
            for (int k = 0; k < 16; k++) if (v[k] > 0) simHash |= (ushort)(1 << (15 - k));
            result[targets[t]] = WordClusters.Pack(assignment[t], simHash);
        }

        log.WriteLine($"word classes: {targets.Length} words (count >= {minCount}) from {tokens} tokens of raw text, {classes} k-means classes, {clock.Elapsed.TotalSeconds:F0}s");
        return new WordClusters(result);
    }

    private static void Bump(Dictionary<long, int> counts, long key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static void Normalize(Span<float> v)
    {
        float norm = 0;
        foreach (var x in v) norm += x * x;
        if (norm == 0) return;
        norm = 1 / MathF.Sqrt(norm);
        for (int k = 0; k < v.Length; k++) v[k] *= norm;
    }

    /// <summary>Spherical k-means; centroids start at words spread evenly over the frequency ranking.</summary>
    private static int[] KMeans(float[] vectors, int count, int k, TextWriter log)
    {
        k = Math.Min(k, count);
        var centroids = new float[k * Dimensions];
        for (int c = 0; c < k; c++)
            vectors.AsSpan((int)((long)c * count / k) * Dimensions, Dimensions).CopyTo(centroids.AsSpan(c * Dimensions));
        var assignment = new int[count];
        for (int iteration = 0; iteration < 8; iteration++)
        {
            int changed = 0;
            for (int t = 0; t < count; t++)
            {
                var v = vectors.AsSpan(t * Dimensions, Dimensions);
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float dot = Dot(v, centroids.AsSpan(c * Dimensions, Dimensions));
                    if (dot > bestDot) { bestDot = dot; best = c; }
                }

                if (assignment[t] != best || iteration == 0) changed++;
                assignment[t] = best;
            }

            Array.Clear(centroids);
            for (int t = 0; t < count; t++)
            {
                var v = vectors.AsSpan(t * Dimensions, Dimensions);
                var c = centroids.AsSpan(assignment[t] * Dimensions, Dimensions);
                for (int d = 0; d < Dimensions; d++) c[d] += v[d];
            }

            for (int c = 0; c < k; c++) Normalize(centroids.AsSpan(c * Dimensions, Dimensions));
            if (changed < count / 200) break;
        }

        return assignment;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i + Vector<float>.Count <= a.Length; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float dot = Vector.Sum(sum);
        for (; i < a.Length; i++) dot += a[i] * b[i];
        return dot;
    }
}
