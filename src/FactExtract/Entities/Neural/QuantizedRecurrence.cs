using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FactExtract.Entities.Neural;

/// <summary>
/// An LSTM direction's recurrent matrix in 16-bit integers: the inner loop of the accurate tagger, run as integer
/// multiply-adds of column pairs (<c>VPDPWSSD</c> with AVX-VNNI, <c>VPMADDWD</c> with AVX2), which do twice the
/// multiply-adds per instruction of 32-bit floats and read half the bytes.
/// </summary>
/// <remarks>
/// Each row r is scaled to at most ±<see cref="WeightLimit"/> (scale <c>WeightLimit / max|W[r]|</c>); the previous
/// state, a tanh times a sigmoid and so inside [-1, 1], is scaled by <see cref="StateScale"/>, the largest factor
/// that keeps it in 16 bits and no row's integer sum beyond 32 bits. The products are summed exactly as integers, so the SIMD and the
/// scalar path give the same sums to the bit, and the error against the float product is the rounding of the weights
/// and the state alone (about 1e-3 of a gate's input).
/// </remarks>
internal sealed class QuantizedRecurrence
{
    /// <summary>Rows per block: four 256-bit accumulators of eight 32-bit sums.</summary>
    public const int BlockRows = 32;

    /// <summary>The largest magnitude of a scaled weight (11 bits).</summary>
    public const int WeightLimit = 2047;

    // [block][pair][row in block][2]: for one column pair, a block's 32 rows each hold their two weights side by side,
    // as VPMADDWD wants them.
    private readonly short[] _weights;

    // Per row: 1 / (row scale × state scale), turning an integer sum back into the float product.
    private readonly float[] _unscale;

    private QuantizedRecurrence(short[] weights, float[] unscale, int rows, int columns, float stateScale)
    {
        _weights = weights;
        _unscale = unscale;
        Rows = rows;
        Columns = columns;
        Pairs = (columns + 1) / 2;
        StateScale = stateScale;
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Column pairs (the last padded with a zero column when <see cref="Columns"/> is odd).</summary>
    public int Pairs { get; }

    public float StateScale { get; }

    /// <summary>The matrix [rows × columns], row-major, in 16 bits; null when the rows do not fill whole blocks.</summary>
    public static QuantizedRecurrence? TryCreate(ReadOnlySpan<float> matrix, int rows)
    {
        if (rows == 0 || rows % BlockRows != 0 || matrix.Length % rows != 0) return null;
        int columns = matrix.Length / rows, pairs = (columns + 1) / 2;
        // The state must fit 16 bits, and a row's sum of 2 × pairs products 32 bits.
        float stateScale = Math.Min(short.MaxValue, int.MaxValue / (2 * pairs * WeightLimit));
        if (stateScale < 1024) return null;
        var weights = new short[rows * pairs * 2];
        var unscale = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            var row = matrix.Slice(r * columns, columns);
            float max = 0;
            foreach (var w in row) max = MathF.Max(max, MathF.Abs(w));
            float scale = max == 0 ? 1 : WeightLimit / max;
            unscale[r] = 1 / (scale * stateScale);
            int block = r / BlockRows, inBlock = r % BlockRows;
            for (int c = 0; c < columns; c++)
                weights[Index(block, c / 2, inBlock, pairs) + (c & 1)] = (short)MathF.Round(row[c] * scale);
        }

        return new QuantizedRecurrence(weights, unscale, rows, columns, stateScale);
    }

    private static int Index(int block, int pair, int rowInBlock, int pairs) => ((block * pairs + pair) * BlockRows + rowInBlock) * 2;

    /// <summary>The state scaled to 16-bit integers, two to a 32-bit word (<see cref="Pairs"/> words).</summary>
    public void Quantise(ReadOnlySpan<float> state, Span<int> packed)
    {
        for (int p = 0; p < Pairs; p++)
        {
            int c = 2 * p;
            int lo = (int)MathF.Round(state[c] * StateScale);
            int hi = c + 1 < Columns ? (int)MathF.Round(state[c + 1] * StateScale) : 0;
            packed[p] = (ushort)(short)lo | hi << 16;
        }
    }

    /// <summary>y += W·state, for a state packed by <see cref="Quantise"/>.</summary>
    public void AddProduct(ReadOnlySpan<int> packed, Span<float> y)
    {
        if (Avx2.IsSupported) AddProductSimd(packed, y);
        else AddProductScalar(packed, y);
    }

    /// <summary>The plain path: the same integer sums, row by row.</summary>
    internal void AddProductScalar(ReadOnlySpan<int> packed, Span<float> y)
    {
        for (int r = 0; r < Rows; r++)
        {
            int block = r / BlockRows, inBlock = r % BlockRows, sum = 0;
            for (int p = 0; p < Pairs; p++)
            {
                int i = Index(block, p, inBlock, Pairs);
                sum += _weights[i] * (short)packed[p] + _weights[i + 1] * (short)(packed[p] >> 16);
            }

            y[r] += sum * _unscale[r];
        }
    }

    private void AddProductSimd(ReadOnlySpan<int> packed, Span<float> y)
    {
        ref short w = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref float u = ref MemoryMarshal.GetArrayDataReference(_unscale);
        ref float yr = ref MemoryMarshal.GetReference(y);
        int pairs = Pairs;
        for (int block = 0; block < Rows / BlockRows; block++)
        {
            var a0 = Vector256<int>.Zero;
            var a1 = Vector256<int>.Zero;
            var a2 = Vector256<int>.Zero;
            var a3 = Vector256<int>.Zero;
            ref short b = ref Unsafe.Add(ref w, block * pairs * BlockRows * 2);
            for (int p = 0; p < pairs; p++)
            {
                var s = Vector256.Create(packed[p]).AsInt16();
                ref short at = ref Unsafe.Add(ref b, p * BlockRows * 2);
                if (AvxVnni.IsSupported)
                {
                    a0 = AvxVnni.MultiplyWideningAndAdd(a0, Vector256.LoadUnsafe(ref at), s);
                    a1 = AvxVnni.MultiplyWideningAndAdd(a1, Vector256.LoadUnsafe(ref at, 16), s);
                    a2 = AvxVnni.MultiplyWideningAndAdd(a2, Vector256.LoadUnsafe(ref at, 32), s);
                    a3 = AvxVnni.MultiplyWideningAndAdd(a3, Vector256.LoadUnsafe(ref at, 48), s);
                }
                else
                {
                    a0 = Avx2.Add(a0, Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref at), s));
                    a1 = Avx2.Add(a1, Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref at, 16), s));
                    a2 = Avx2.Add(a2, Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref at, 32), s));
                    a3 = Avx2.Add(a3, Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref at, 48), s));
                }
            }

            nuint row = (nuint)(block * BlockRows);
            Unscale(a0, ref u, ref yr, row);
            Unscale(a1, ref u, ref yr, row + 8);
            Unscale(a2, ref u, ref yr, row + 16);
            Unscale(a3, ref u, ref yr, row + 24);
        }
    }

    private static void Unscale(Vector256<int> sums, ref float unscale, ref float y, nuint row)
    {
        var product = Vector256.ConvertToSingle(sums) * Vector256.LoadUnsafe(ref unscale, row);
        (Vector256.LoadUnsafe(ref y, row) + product).StoreUnsafe(ref y, row);
    }
}
