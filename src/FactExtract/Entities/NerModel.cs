using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactExtract.Entities;

/// <summary>
/// A trained linear tagger, immutable once built. Weights are stored by feature: the row of one
/// hashed feature holds one weight per tag, contiguous, so scoring a token is a few row reads and
/// additions. Only features that carry weight are stored; <see cref="Rows"/> maps a hash bucket
/// to its row (or none).
/// Weights are 16-bit integers in units of <see cref="Scale"/>: the table is read at random, many
/// times per token, and is far larger than the CPU cache, so halving it is worth more than the
/// precision lost (about 1/30,000 of the largest weight). Scores are exact integer sums, so the
/// order in which rows are added never changes a decision.
/// Score vectors are <see cref="Width"/> long (37 tags → 40), zeros past the last tag, and the weight table has
/// <see cref="Slack"/> spare weights at its end: a row is then added with whole vector instructions, the last one
/// masked, instead of finishing its odd tags one at a time, which took as long as the rest of the row.
/// </summary>
internal sealed partial class NerModel
{
    /// <summary>Builds a model from real-valued weights, quantising them.</summary>
    public NerModel(NerLabels labels, int hashBits, RowIndex rows, float[] weights, float[] bias, string trainer, string description, WordClusters? clusters = null)
        : this(labels, hashBits, rows, Quantize(weights, bias, out var scale), scale, QuantizeBias(bias, scale), trainer, description, clusters)
    {
    }

    /// <summary>Builds a model from weights already quantised in units of <paramref name="scale"/>.</summary>
    public NerModel(NerLabels labels, int hashBits, RowIndex rows, short[] weights, float scale, int[] bias, string trainer, string description, WordClusters? clusters = null)
    {
        if (rows.BucketCount != 1 << hashBits) throw new ArgumentException("row map does not match hash bits", nameof(rows));
        if (bias.Length != labels.Count) throw new ArgumentException("the bias does not match the tag set", nameof(bias));
        if (!(scale > 0) || float.IsInfinity(scale)) throw new ArgumentException("the weight scale must be positive", nameof(scale));
        Labels = labels;
        HashBits = hashBits;
        Mask = (1u << hashBits) - 1;
        long size = rows.Count * (long)labels.Count;
        if (weights.Length != size && weights.Length != size + Slack) throw new ArgumentException("the row map does not match the weights", nameof(rows));
        Rows = rows;
        if (weights.Length == size)
        {
            var padded = HugePages.Allocate<short>(checked((int)(size + Slack)));
            weights.CopyTo(padded, 0);
            weights = padded;
        }

        Weights = weights;
        Width = WidthFor(labels.Count);
        PaddedBias = new int[Width];
        bias.CopyTo(PaddedBias, 0);
        int tail = labels.Count % Vector256<short>.Count;
        _tailMask = Vector128.LessThan(Vector128.Create((short)0, 1, 2, 3, 4, 5, 6, 7), Vector128.Create((short)tail));
        _wideTailMask = Vector256.LessThan(Vector256.Create((short)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), Vector256.Create((short)tail));
        _lastLanes = Vector256.LessThan(Vector256.Create(32, 33, 34, 35, 36, 37, 38, 39), Vector256.Create(labels.Count));
        _historyRows = BuildHistoryRows();
        _followMasks = BuildFollowMasks();
        Scale = scale;
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

    /// <summary>Bucket → row.</summary>
    public RowIndex Rows { get; }

    /// <summary>Spare weights (zeros) after the last row, so that the last row too can be read a whole vector at a time.</summary>
    public const int Slack = 16;

    private readonly Vector128<short> _tailMask;
    private readonly Vector256<short> _wideTailMask;

    // Lanes 32–39 of a 40-wide score vector that hold tags (the rest must stay 0), for ScoreInRegisters.
    private readonly Vector256<int> _lastLanes;

    // Per previous tag (-1 first): 40 lanes, all bits set where that tag may follow it (O always), 0 elsewhere and past the last tag.
    private readonly int[] _followMasks;

    // The rows of the tag-history features (see HistoryRows), by tag values; -1 where a feature has no row.
    private readonly int[] _historyRows;

    /// <summary>
    /// Row-major quantised weights (weight = value × <see cref="Scale"/>), then <see cref="Slack"/> zeros. Tables this
    /// class or the model file allocates are <see cref="HugePages"/> arrays: the rows are read at random.
    /// </summary>
    public short[] Weights { get; }

    /// <summary>How long score vectors are: the tag count rounded up to whole vectors (the extra entries stay 0).</summary>
    public int Width { get; }

    /// <summary><see cref="Bias"/>, <see cref="Width"/> long.</summary>
    public int[] PaddedBias { get; }

    /// <summary>The score-vector length for <paramref name="labels"/> tags: a multiple of 8 that the last 16-tag block's vector read fits in.</summary>
    public static int WidthFor(int labels) => labels % 16 is 0 or > 8 ? (labels + 15) & ~15 : (labels + 7) & ~7;

    /// <summary>The real value of one weight unit.</summary>
    public float Scale { get; }

    /// <summary>Per-tag bias, in weight units.</summary>
    public int[] Bias { get; }

    /// <summary>Which learner produced the weights (e.g. <c>perceptron</c>, <c>maxent</c>).</summary>
    public string Trainer { get; }

    /// <summary>Free text: training data, settings, scores.</summary>
    public string Description { get; }

    public int RowCount => Rows.Count;

    /// <summary>Adds the rows of the given features to <paramref name="scores"/> (a row is one contiguous read).</summary>
    public void AddScores(ReadOnlySpan<uint> features, Span<int> scores)
    {
        int n = Labels.Count;
        var weights = Weights.AsSpan();
        foreach (uint f in features)
        {
            int row = Rows.RowOf(f & Mask);
            if (row >= 0) AddRow(weights, row * n, n, scores);
        }
    }

    /// <summary>
    /// Writes the rows of the features that have one into <paramref name="rows"/> (returns how many) and asks the
    /// CPU to start loading them now; <see cref="AddRows"/> adds them later without looking them up again. The
    /// tagger calls it one token ahead, so the rows arrive while the current token is scored instead of stalling
    /// the next one. The prefetch is only a hint: no effect on results, nothing on CPUs without the instruction.
    /// </summary>
    public unsafe int FindRows(ReadOnlySpan<uint> features, Span<int> rows)
    {
        int found = RowsOf(features, rows);

        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            // The array is not pinned: should the GC move it between here and the prefetch, the hint merely misses
            // (a prefetch never faults). The weight table lives on the large-object heap, which is not compacted by default.
            int rowBytes = Labels.Count * sizeof(short);
            byte* weights = (byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(Weights));
            foreach (int row in rows[..found])
            {
                byte* start = weights + (long)row * rowBytes;
                // A row of 74 bytes may touch three cache lines.
                for (int offset = 0; offset < rowBytes; offset += 64) System.Runtime.Intrinsics.X86.Sse.Prefetch0(start + offset);
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(start + rowBytes - 1);
            }
        }

        return found;
    }

    /// <summary>Writes the rows of the features that have one into <paramref name="rows"/>; returns how many.</summary>
    public int RowsOf(ReadOnlySpan<uint> features, Span<int> rows)
    {
        int found = 0;
        foreach (uint f in features)
        {
            int row = Rows.RowOf(f & Mask);
            if (row >= 0) rows[found++] = row;
        }

        return found;
    }

    /// <summary>
    /// The rows of the four tag-history features (<see cref="NerFeatures.History"/>) for these tags (-1: none), written
    /// into <paramref name="rows"/>; returns how many have one. Read from a table made when the model is built: the
    /// features have only (tags + 1)² values, and hashing them and looking their buckets up at every token cost more.
    /// </summary>
    public int HistoryRows(int prev, int prev2, int documentTag, Span<int> rows)
    {
        int t = Labels.Count + 1;
        var table = _historyRows;
        int found = 0;
        int row = table[prev + 1];
        if (row >= 0) rows[found++] = row;
        row = table[t + (prev + 1) * t + prev2 + 1];
        if (row >= 0) rows[found++] = row;
        row = table[t + t * t + documentTag + 1];
        if (row >= 0) rows[found++] = row;
        row = table[2 * t + t * t + (documentTag + 1) * t + prev + 1];
        if (row >= 0) rows[found++] = row;
        return found;
    }

    /// <summary>
    /// The rows of every tag-dependent feature of a token: the tag-history rows (<see cref="HistoryRows"/>) and those of
    /// <paramref name="wordsAfterTag"/>, the features joining the previous tag with the words (empty after O, whose are
    /// in the word cache); written into <paramref name="rows"/>, returns how many. Greedy and beam decoding both use it.
    /// </summary>
    public int TagRows(int prev, int prev2, int documentTag, ReadOnlySpan<uint> wordsAfterTag, Span<int> rows)
    {
        int found = HistoryRows(prev, prev2, documentTag, rows);
        return found + RowsOf(wordsAfterTag, rows[found..]);
    }

    // Layout: [prev + 1] for the previous tag, then [(prev + 1) * t + prev2 + 1] for the two previous tags, then
    // [documentTag + 1], then [(documentTag + 1) * t + prev + 1]; every tag from -1 (none) to the last.
    private int[] BuildHistoryRows()
    {
        int t = Labels.Count + 1;
        var table = new int[2 * t + 2 * t * t];
        Span<uint> features = stackalloc uint[NerFeatures.HistoryCount];
        for (int a = -1; a < Labels.Count; a++)
        {
            for (int b = -1; b < Labels.Count; b++)
            {
                NerFeatures.History(a, b, b, features);
                table[a + 1] = Rows.RowOf(features[0] & Mask);
                table[t + (a + 1) * t + b + 1] = Rows.RowOf(features[1] & Mask);
                table[t + t * t + b + 1] = Rows.RowOf(features[2] & Mask);
                table[2 * t + t * t + (b + 1) * t + a + 1] = Rows.RowOf(features[3] & Mask);
            }
        }

        return table;
    }

    /// <summary>Adds the given rows (from <see cref="FindRows"/>) to <paramref name="scores"/>.</summary>
    public void AddRows(ReadOnlySpan<int> rows, Span<int> scores)
    {
        int n = Labels.Count;
        var weights = Weights.AsSpan();
        foreach (int row in rows) AddRow(weights, row * n, n, scores);
    }

    /// <summary>
    /// <paramref name="scores"/> += the row of <paramref name="n"/> weights at <paramref name="start"/>. With
    /// <paramref name="scores"/> <see cref="Width"/> long, whole 16-lane vectors (widened to 32 bits), the last one
    /// masked to the row's end; it may read into the next row or the slack, never past the array.
    /// </summary>
    private void AddRow(ReadOnlySpan<short> weights, int start, int n, Span<int> scores)
    {
        if (!Vector256.IsHardwareAccelerated || scores.Length < Width)
        {
            Add(weights.Slice(start, n), scores);
            return;
        }

        // Bounds: start + n + Slack <= weights.Length and scores.Length >= Width, so every load and store below is in range.
        ref short row = ref Unsafe.Add(ref MemoryMarshal.GetReference(weights), start);
        ref int target = ref MemoryMarshal.GetReference(scores);
        int k = 0;
        for (; k + Vector256<short>.Count <= n; k += Vector256<short>.Count)
        {
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)k));
            (Vector256.LoadUnsafe(ref target, (nuint)k) + low).StoreUnsafe(ref target, (nuint)k);
            (Vector256.LoadUnsafe(ref target, (nuint)(k + 8)) + high).StoreUnsafe(ref target, (nuint)(k + 8));
        }

        int rest = n - k;
        if (rest == 0) return;
        if (rest <= Vector128<short>.Count)
        {
            var tail = Vector128.LoadUnsafe(ref row, (nuint)k) & _tailMask;
            (Vector256.LoadUnsafe(ref target, (nuint)k) + Vector256.Create(Vector128.WidenLower(tail), Vector128.WidenUpper(tail))).StoreUnsafe(ref target, (nuint)k);
        }
        else
        {
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)k) & _wideTailMask);
            (Vector256.LoadUnsafe(ref target, (nuint)k) + low).StoreUnsafe(ref target, (nuint)k);
            (Vector256.LoadUnsafe(ref target, (nuint)(k + 8)) + high).StoreUnsafe(ref target, (nuint)(k + 8));
        }
    }

    /// <summary>Element-wise <paramref name="scores"/> += <paramref name="row"/>, vectorised (16-bit lanes widened to 32).</summary>
    private static void Add(ReadOnlySpan<short> row, Span<int> scores)
    {
        int width = Vector<short>.Count;
        int vectorEnd = row.Length - row.Length % width;
        int k = 0;
        for (; k < vectorEnd; k += width)
        {
            Vector.Widen(new Vector<short>(row[k..]), out var low, out var high);
            (new Vector<int>(scores[k..]) + low).CopyTo(scores[k..]);
            int half = k + Vector<int>.Count;
            (new Vector<int>(scores[half..]) + high).CopyTo(scores[half..]);
        }

        for (; k < row.Length; k++) scores[k] += row[k];
    }

    /// <summary>Element-wise <paramref name="scores"/> += <paramref name="values"/>, vectorised; no scalar tail when the length is a <see cref="Width"/>.</summary>
    public static void Add(ReadOnlySpan<int> values, Span<int> scores)
    {
        if (Vector256.IsHardwareAccelerated && values.Length % Vector256<int>.Count == 0 && scores.Length >= values.Length)
        {
            ref int source = ref MemoryMarshal.GetReference(values);
            ref int target = ref MemoryMarshal.GetReference(scores);
            for (int i = 0; i < values.Length; i += Vector256<int>.Count)
                (Vector256.LoadUnsafe(ref target, (nuint)i) + Vector256.LoadUnsafe(ref source, (nuint)i)).StoreUnsafe(ref target, (nuint)i);
            return;
        }

        int width = Vector<int>.Count;
        int vectorEnd = values.Length - values.Length % width;
        int k = 0;
        for (; k < vectorEnd; k += width)
            (new Vector<int>(scores[k..]) + new Vector<int>(values[k..])).CopyTo(scores[k..]);
        for (; k < values.Length; k++) scores[k] += values[k];
    }

    private static short[] Quantize(float[] weights, float[] bias, out float scale)
    {
        float max = 0;
        foreach (var w in weights) max = MathF.Max(max, MathF.Abs(w));
        foreach (var b in bias) max = MathF.Max(max, MathF.Abs(b));
        scale = max > 0 ? max / short.MaxValue : 1f;
        var quantized = HugePages.Allocate<short>(weights.Length + Slack);
        for (long i = 0; i < weights.Length; i++) quantized[i] = (short)MathF.Round(weights[i] / scale);
        return quantized;
    }

    private static int[] QuantizeBias(float[] bias, float scale) => bias.Select(b => (int)MathF.Round(b / scale)).ToArray();
}
