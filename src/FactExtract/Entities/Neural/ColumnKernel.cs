using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactExtract.Entities.Neural;

/// <summary>
/// y += M·x for a matrix stored by column (<c>columns[j]</c> is column j, y.Length floats long): the LSTM's inner loop.
/// With 256-bit SIMD, four columns are added per pass over y, so y is loaded and stored a quarter as often as by four
/// separate passes; without it, one <see cref="TensorPrimitives.MultiplyAdd(ReadOnlySpan{float}, float, ReadOnlySpan{float}, Span{float})"/> per column.
/// Zero entries of x (an unknown word's vector) are skipped.
/// </summary>
internal static class ColumnKernel
{
    public static void AddColumns(ReadOnlySpan<float> columns, ReadOnlySpan<float> x, Span<float> y)
    {
        int len = y.Length, n = x.Length;
        if (columns.Length < n * len) throw new ArgumentException("the matrix is smaller than x and y say", nameof(columns));
        int j = 0;
        if (Vector256.IsHardwareAccelerated && len % Vector256<float>.Count == 0)
        {
            ref float c = ref MemoryMarshal.GetReference(columns);
            ref float yr = ref MemoryMarshal.GetReference(y);
            for (; j + 4 <= n; j += 4)
            {
                float a0 = x[j], a1 = x[j + 1], a2 = x[j + 2], a3 = x[j + 3];
                if (a0 == 0 && a1 == 0 && a2 == 0 && a3 == 0) continue;
                var v0 = Vector256.Create(a0);
                var v1 = Vector256.Create(a1);
                var v2 = Vector256.Create(a2);
                var v3 = Vector256.Create(a3);
                ref float r0 = ref Unsafe.Add(ref c, j * len);
                ref float r1 = ref Unsafe.Add(ref r0, len);
                ref float r2 = ref Unsafe.Add(ref r1, len);
                ref float r3 = ref Unsafe.Add(ref r2, len);
                for (nuint i = 0; i < (nuint)len; i += (nuint)Vector256<float>.Count)
                {
                    var acc = Vector256.LoadUnsafe(ref yr, i);
                    acc = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r0, i), v0, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r1, i), v1, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r2, i), v2, acc);
                    acc = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref r3, i), v3, acc);
                    acc.StoreUnsafe(ref yr, i);
                }
            }
        }

        for (; j < n; j++)
            if (x[j] != 0) TensorPrimitives.MultiplyAdd(columns.Slice(j * len, len), x[j], y, y);
    }
}
