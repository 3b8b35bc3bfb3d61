using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FactExtract.Entities;

// Greedy decoding's fast path for models of 33–40 tags on AVX2 CPUs: a token's 40 scores live in five vector
// registers from the bias to the last weight row, and the best allowed tag is found with vector compares.
internal sealed partial class NerModel
{
    /// <summary>Whether <see cref="ScoreInRegisters"/> serves this model: 33–40 tags (the shipped models have 37) on a CPU with AVX2.</summary>
    public bool CanScoreInRegisters => Avx2.IsSupported && Width == 40;

    /// <summary>
    /// <paramref name="scores"/> = the bias + the five cached vectors + the <paramref name="rows"/> and <paramref name="moreRows"/>
    /// of the weight table, summed in five vector registers and stored once: adding each part into the score array
    /// in turn made every addition wait for the store of the one before. Each weight row is five sign-extending
    /// loads of 8 weights; the last one reads 3 weights past the row (into the next row or the slack) and masks them.
    /// The sums are the exact integer sums <see cref="AddRows"/> and <see cref="Add(ReadOnlySpan{int}, Span{int})"/> give.
    /// Only when <see cref="CanScoreInRegisters"/>.
    /// </summary>
    public void ScoreInRegisters(ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<int> c, ReadOnlySpan<int> d, ReadOnlySpan<int> e,
        ReadOnlySpan<int> rows, ReadOnlySpan<int> moreRows, Span<int> scores)
    {
        if (!CanScoreInRegisters) throw new InvalidOperationException("the model's score vectors are not 40 wide, or the CPU has no AVX2");
        if (a.Length < 40 || b.Length < 40 || c.Length < 40 || d.Length < 40 || e.Length < 40 || scores.Length < 40)
            throw new ArgumentException("score vectors are 40 long");
        ref int bias = ref MemoryMarshal.GetArrayDataReference(PaddedBias);
        ref int ra = ref MemoryMarshal.GetReference(a);
        ref int rb = ref MemoryMarshal.GetReference(b);
        ref int rc = ref MemoryMarshal.GetReference(c);
        ref int rd = ref MemoryMarshal.GetReference(d);
        ref int re = ref MemoryMarshal.GetReference(e);
        var s0 = Sum(ref bias, ref ra, ref rb, ref rc, ref rd, ref re, 0);
        var s1 = Sum(ref bias, ref ra, ref rb, ref rc, ref rd, ref re, 8);
        var s2 = Sum(ref bias, ref ra, ref rb, ref rc, ref rd, ref re, 16);
        var s3 = Sum(ref bias, ref ra, ref rb, ref rc, ref rd, ref re, 24);
        var s4 = Sum(ref bias, ref ra, ref rb, ref rc, ref rd, ref re, 32);
        int n = Labels.Count;
        var last = _lastLanes;
        ref short weights = ref MemoryMarshal.GetArrayDataReference(Weights);
        // Every row index comes from the row map (below RowCount), and the table has Slack weights after the last row.
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (int row in pass == 0 ? rows : moreRows)
            {
                ref short r = ref Unsafe.Add(ref weights, (nint)row * n);
                s0 += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref r, 0));
                s1 += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref r, 8));
                s2 += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref r, 16));
                s3 += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref r, 24));
                s4 += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref r, 32)) & last;
            }
        }

        ref int target = ref MemoryMarshal.GetReference(scores);
        s0.StoreUnsafe(ref target, 0);
        s1.StoreUnsafe(ref target, 8);
        s2.StoreUnsafe(ref target, 16);
        s3.StoreUnsafe(ref target, 24);
        s4.StoreUnsafe(ref target, 32);
    }

    /// <summary>
    /// The best-scoring tag that may follow <paramref name="prev"/> among 40 <paramref name="scores"/> (ties go to the lower
    /// index; O is always allowed): what <see cref="GreedyTagger.Best{T}"/> picks, found with vector compares. Only when
    /// <see cref="CanScoreInRegisters"/>.
    /// </summary>
    public int BestAllowed(int prev, ReadOnlySpan<int> scores)
    {
        if (!CanScoreInRegisters) throw new InvalidOperationException("the model's score vectors are not 40 wide, or the CPU has no AVX2");
        if (scores.Length < 40) throw new ArgumentException("score vectors are 40 long", nameof(scores));
        if (prev < -1 || prev >= Labels.Count) throw new ArgumentOutOfRangeException(nameof(prev));
        ref int s = ref MemoryMarshal.GetReference(scores);
        ref int m = ref _followMasks[(prev + 1) * 40];
        var none = Vector256.Create(int.MinValue);
        // A tag that may not follow scores the lowest value: it can then only tie with O (lane 0), which wins the tie.
        var v0 = Vector256.ConditionalSelect(Vector256.LoadUnsafe(ref m, 0), Vector256.LoadUnsafe(ref s, 0), none);
        var v1 = Vector256.ConditionalSelect(Vector256.LoadUnsafe(ref m, 8), Vector256.LoadUnsafe(ref s, 8), none);
        var v2 = Vector256.ConditionalSelect(Vector256.LoadUnsafe(ref m, 16), Vector256.LoadUnsafe(ref s, 16), none);
        var v3 = Vector256.ConditionalSelect(Vector256.LoadUnsafe(ref m, 24), Vector256.LoadUnsafe(ref s, 24), none);
        var v4 = Vector256.ConditionalSelect(Vector256.LoadUnsafe(ref m, 32), Vector256.LoadUnsafe(ref s, 32), none);
        var max = Vector256.Max(Vector256.Max(Vector256.Max(v0, v1), Vector256.Max(v2, v3)), v4);
        var half = Vector128.Max(max.GetLower(), max.GetUpper());
        half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(2, 3, 0, 1)));
        half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(1, 0, 3, 2)));
        var top = Vector256.Create(half.ToScalar());
        ulong at = Vector256.Equals(v0, top).ExtractMostSignificantBits()
            | (ulong)Vector256.Equals(v1, top).ExtractMostSignificantBits() << 8
            | (ulong)Vector256.Equals(v2, top).ExtractMostSignificantBits() << 16
            | (ulong)Vector256.Equals(v3, top).ExtractMostSignificantBits() << 24
            | (ulong)Vector256.Equals(v4, top).ExtractMostSignificantBits() << 32;
        return BitOperations.TrailingZeroCount(at);
    }

    private int[] BuildFollowMasks()
    {
        var masks = new int[(Labels.Count + 1) * 40];
        for (int prev = -1; prev < Labels.Count; prev++)
            for (int k = 0; k < Labels.Count && k < 40; k++)
                if (k == 0 || Labels.Allowed(prev, k)) masks[(prev + 1) * 40 + k] = -1;
        return masks;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Sum(ref int bias, ref int a, ref int b, ref int c, ref int d, ref int e, nuint at) =>
        Vector256.LoadUnsafe(ref bias, at) + Vector256.LoadUnsafe(ref a, at) + Vector256.LoadUnsafe(ref b, at)
        + Vector256.LoadUnsafe(ref c, at) + Vector256.LoadUnsafe(ref d, at) + Vector256.LoadUnsafe(ref e, at);
}
