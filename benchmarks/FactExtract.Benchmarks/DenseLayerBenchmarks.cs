using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;

namespace FactExtract.Benchmarks;

/// <summary>
/// Not FactExtract code: what a neural encoder of the size spaCy's en_core_web_sm uses would cost on this machine,
/// the evidence behind the model card's "Where this leaves the 85 target". One layer of that encoder maps a window of
/// three 96-wide token vectors (288 numbers) to 96 outputs of 3 maxout pieces (288 numbers): a 288 × 288 matrix product
/// per token, four layers deep. <see cref="Layer"/> computes one layer for <see cref="Tokens"/> tokens, register-blocked
/// (4 tokens × 32 outputs in eight AVX-512 accumulators), near the core's peak of fused multiply-adds. Tokens per second
/// of the whole encoder = <see cref="Tokens"/> / mean time / 4.
/// </summary>
public class DenseLayerBenchmarks
{
    private const int K = 288, N = 288;

    /// <summary>Tokens per <see cref="Layer"/> call.</summary>
    public const int Tokens = 4096;

    private readonly float[] _x = new float[Tokens * K];
    private readonly float[] _w = new float[K * N];
    private readonly float[] _y = new float[Tokens * N];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        for (int i = 0; i < _x.Length; i++) _x[i] = random.NextSingle();
        for (int i = 0; i < _w.Length; i++) _w[i] = random.NextSingle() - 0.5f;
        if (!Vector512.IsHardwareAccelerated) Console.WriteLine("// no AVX-512 here: the figure is a software fallback's");
    }

    /// <summary>One 288 × 288 layer over <see cref="Tokens"/> tokens: 340 M multiply-adds.</summary>
    [Benchmark]
    public float Layer()
    {
        float[] x = _x, w = _w, y = _y;
        for (int t = 0; t < Tokens; t += 4)
        {
            for (int n = 0; n < N; n += 32)
            {
                Vector512<float> a0 = default, a1 = default, b0 = default, b1 = default, c0 = default, c1 = default, d0 = default, d1 = default;
                for (int k = 0; k < K; k++)
                {
                    var w0 = Vector512.LoadUnsafe(ref w[k * N + n]);
                    var w1 = Vector512.LoadUnsafe(ref w[k * N + n + 16]);
                    var x0 = Vector512.Create(x[t * K + k]);
                    var x1 = Vector512.Create(x[(t + 1) * K + k]);
                    var x2 = Vector512.Create(x[(t + 2) * K + k]);
                    var x3 = Vector512.Create(x[(t + 3) * K + k]);
                    a0 = Vector512.FusedMultiplyAdd(x0, w0, a0);
                    a1 = Vector512.FusedMultiplyAdd(x0, w1, a1);
                    b0 = Vector512.FusedMultiplyAdd(x1, w0, b0);
                    b1 = Vector512.FusedMultiplyAdd(x1, w1, b1);
                    c0 = Vector512.FusedMultiplyAdd(x2, w0, c0);
                    c1 = Vector512.FusedMultiplyAdd(x2, w1, c1);
                    d0 = Vector512.FusedMultiplyAdd(x3, w0, d0);
                    d1 = Vector512.FusedMultiplyAdd(x3, w1, d1);
                }

                a0.StoreUnsafe(ref y[t * N + n]);
                a1.StoreUnsafe(ref y[t * N + n + 16]);
                b0.StoreUnsafe(ref y[(t + 1) * N + n]);
                b1.StoreUnsafe(ref y[(t + 1) * N + n + 16]);
                c0.StoreUnsafe(ref y[(t + 2) * N + n]);
                c1.StoreUnsafe(ref y[(t + 2) * N + n + 16]);
                d0.StoreUnsafe(ref y[(t + 3) * N + n]);
                d1.StoreUnsafe(ref y[(t + 3) * N + n + 16]);
            }
        }

        return y[12345];
    }
}
