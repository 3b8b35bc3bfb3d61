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

    /// <summary>Builds the index from a bucket → row map (-1 = no row); rows must be numbered in bucket order.</summary>
    public RowIndex(int[] rowOf)
    {
        if (rowOf.Length % 64 != 0) throw new ArgumentException("the bucket count must be a multiple of 64", nameof(rowOf));
        _bits = new ulong[rowOf.Length / 64];
        _rankBefore = new int[_bits.Length];
        int rows = 0;
        for (int b = 0; b < rowOf.Length; b++)
        {
            if (b % 64 == 0) _rankBefore[b / 64] = rows;
            if (rowOf[b] < 0) continue;
            if (rowOf[b] != rows) throw new ArgumentException("rows must be numbered in bucket order", nameof(rowOf));
            _bits[b / 64] |= 1UL << (b % 64);
            rows++;
        }

        Count = rows;
    }

    public int BucketCount => _bits.Length * 64;

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The row of <paramref name="bucket"/>, or -1 when it has none.</summary>
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
