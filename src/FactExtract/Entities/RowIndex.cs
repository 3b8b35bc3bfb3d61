using System.Numerics;

namespace FactExtract.Entities;

/// <summary>
/// Which hash buckets have a weight row, and which row: a bit per bucket plus a running count per
/// 64 buckets (a rank directory), so a bucket's row is the number of set bits before it. For 2^21
/// buckets that is 384 KB instead of an 8 MB <c>int</c> map: it stays in the CPU cache, so a
/// feature costs one memory read (its row) instead of two, and a feature without a row costs none.
/// Rows are therefore numbered in bucket order.
/// </summary>
internal sealed class RowIndex
{
    private readonly ulong[] _bits;
    private readonly int[] _rankBefore;

    /// <summary>Builds the index from the buckets that have rows, in strictly increasing order (row r is buckets[r]).</summary>
    public RowIndex(int bucketCount, ReadOnlySpan<int> buckets)
    {
        if (bucketCount <= 0 || bucketCount % 64 != 0) throw new ArgumentException("the bucket count must be a positive multiple of 64", nameof(bucketCount));
        _bits = new ulong[bucketCount / 64];
        _rankBefore = new int[_bits.Length];
        int previous = -1;
        foreach (int b in buckets)
        {
            if (b <= previous || b >= bucketCount) throw new ArgumentException("buckets must be strictly increasing and in range", nameof(buckets));
            _bits[b / 64] |= 1UL << (b % 64);
            previous = b;
        }

        int rows = 0;
        for (int w = 0; w < _bits.Length; w++)
        {
            _rankBefore[w] = rows;
            rows += BitOperations.PopCount(_bits[w]);
        }

        Count = rows;
    }

    public int BucketCount => _bits.Length * 64;

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The row of <paramref name="bucket"/>, or -1 when it has none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int RowOf(uint bucket)
    {
        ulong word = _bits[bucket >> 6];
        int bit = (int)(bucket & 63);
        if ((word & (1UL << bit)) == 0) return -1;
        return _rankBefore[bucket >> 6] + BitOperations.PopCount(word & ((1UL << bit) - 1));
    }

    /// <summary>The buckets that have rows, in row order.</summary>
    public IEnumerable<int> Buckets()
    {
        for (int w = 0; w < _bits.Length; w++)
        {
            ulong word = _bits[w];
            while (word != 0)
            {
                int bit = BitOperations.TrailingZeroCount(word);
                yield return w * 64 + bit;
                word &= word - 1;
            }
        }
    }
}
