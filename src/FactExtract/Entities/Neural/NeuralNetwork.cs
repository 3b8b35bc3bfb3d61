using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace FactExtract.Entities.Neural;

/// <summary>
/// The accurate tagger's forward pass in plain .NET (vectorised by <see cref="TensorPrimitives"/>, scalar where the
/// hardware has no SIMD): token inputs, the BiLSTM, tag scores. <see cref="NeuralReference"/> computes the same thing
/// the obvious way, and a test holds the two to 1e-4 (with the recurrent products in floats; in 16-bit integers, the
/// default, to the quantisation's own error).
/// </summary>
internal static class NeuralNetwork
{
    /// <summary>Floats of scratch <see cref="Emissions"/> needs for <paramref name="tokens"/> tokens.</summary>
    public static int ScratchLength(NeuralNerModel m, int tokens) =>
        tokens * 8 * m.Hidden                 // both directions' input projections
        + tokens * 2 * m.Hidden               // both directions' states
        + m.InputDimensions                   // one token's input
        + 7 * m.Hidden                        // gates, cell, previous state and its 16-bit form
        + (NeuralInput.MaxChars + 2) * m.CharDimensions;

    /// <summary>
    /// Tag scores [tokens × labels] for a sentence's <paramref name="tokens"/> in <paramref name="text"/>. With a
    /// <paramref name="cache"/>, token projections are reused across calls (the same floats; see <see cref="ProjectionCache"/>).
    /// The recurrent products run in 16-bit integers (<see cref="QuantizedRecurrence"/>) unless <paramref name="exact"/>
    /// asks for 32-bit floats throughout, as <see cref="NeuralReference"/> computes them.
    /// </summary>
    public static void Emissions(NeuralNerModel m, string text, ReadOnlySpan<Text.Token> tokens, Span<float> emissions, Span<float> scratch, ProjectionCache? cache = null, bool exact = false)
    {
        int n = tokens.Length, h = m.Hidden, g8 = 8 * h;
        var projection = scratch[..(n * g8)];
        var states = scratch.Slice(n * g8, n * 2 * h);
        var work = scratch[(n * 10 * h)..];
        for (int t = 0; t < n; t++)
        {
            var token = tokens[t].Span(text);
            var target = projection.Slice(t * g8, g8);
            var cached = cache is null ? default : cache.Find(token, g8);
            if (!cached.IsEmpty)
            {
                cached.CopyTo(target);
                continue;
            }

            Project(m, token, target, work);
            cache?.Add(token, target);
        }

        Direction(m.Forward, projection, n, h, states, offset: 0, reverse: false, exact, work);
        Direction(m.Backward, projection, n, h, states, offset: h, reverse: true, exact, work);
        int l = m.Labels.Count;
        for (int t = 0; t < n; t++)
        {
            var state = states.Slice(t * 2 * h, 2 * h);
            for (int k = 0; k < l; k++) emissions[t * l + k] = m.OutputBias[k] + TensorPrimitives.Dot(m.Output.AsSpan(k * 2 * h, 2 * h), state);
        }
    }

    /// <summary>Both directions' input projections of one token (forward then backward, 4H each): bias + W·x.</summary>
    internal static void Project(NeuralNerModel m, ReadOnlySpan<char> token, Span<float> projection, Span<float> work)
    {
        int d = m.InputDimensions, g4 = 4 * m.Hidden;
        var x = work[..d];
        Input(m, token, x, work[d..]);
        for (int k = 0; k < 2; k++)
        {
            var w = k == 0 ? m.Forward : m.Backward;
            var p = projection.Slice(k * g4, g4);
            w.Bias.CopyTo(p);
            ColumnKernel.AddColumns(w.InputByColumn, x, p);
        }
    }

    /// <summary>One token's input: its word vector (0 for an unknown word), shape embedding and max-pooled character convolution.</summary>
    internal static void Input(NeuralNerModel m, ReadOnlySpan<char> token, Span<float> input, Span<float> work)
    {
        var form = NeuralInput.CharForm(token);
        int dims = m.VectorDimensions;
        Span<char> lower = stackalloc char[Math.Min(form.Length, 256)];
        int row = form.Length <= 256 ? m.WordRow(lower[..form.ToLowerInvariant(lower)]) : m.WordRow(NeuralInput.WordKey(form).AsSpan());
        var vector = input[..dims];
        if (row == 0) vector.Clear();
        else
        {
            var q = m.Vectors.AsSpan(row * dims, dims);
            float scale = m.Scales[row];
            for (int i = 0; i < dims; i++) vector[i] = q[i] * scale;
        }

        int s = m.ShapeDimensions;
        m.ShapeEmbeddings.AsSpan(NeuralInput.Shape(form, row != 0) * s, s).CopyTo(input.Slice(dims, s));

        // The convolution reads three characters at a time; with the word's characters laid out in a row, padded by a
        // zero character at each end, each window is one contiguous run of 3 × char dimensions floats.
        int cd = m.CharDimensions, chars = Math.Min(form.Length, NeuralInput.MaxChars), f = m.CharFilters;
        var padded = work[..((chars + 2) * cd)];
        padded[..cd].Clear();
        padded.Slice((chars + 1) * cd, cd).Clear();
        for (int i = 0; i < chars; i++) m.CharEmbeddings.AsSpan(m.CharId(form[i]) * cd, cd).CopyTo(padded.Slice((i + 1) * cd, cd));
        var pooled = input.Slice(dims + s, f);
        var kernel = m.ConvolutionWindows;
        for (int k = 0; k < f; k++)
        {
            var filter = kernel.AsSpan(k * 3 * cd, 3 * cd);
            float best = float.NegativeInfinity;
            for (int p = 0; p < chars; p++) best = MathF.Max(best, TensorPrimitives.Dot(filter, padded.Slice(p * cd, 3 * cd)));
            pooled[k] = chars == 0 ? 0 : best + m.ConvolutionBias[k];
        }
    }

    private static void Direction(LstmWeights w, ReadOnlySpan<float> projection, int n, int h, Span<float> states, int offset, bool reverse, bool exact, Span<float> work)
    {
        int g4 = 4 * h, g8 = 8 * h, half = reverse ? g4 : 0;
        var gates = work[..g4];
        var cell = work.Slice(g4, h);
        var previous = work.Slice(g4 + h, h);
        var quantized = exact ? null : w.QuantizedRecurrent;
        var packed = quantized is null ? default : MemoryMarshal.Cast<float, int>(work.Slice(g4 + 2 * h, quantized.Pairs));
        cell.Clear();
        previous.Clear();
        for (int step = 0; step < n; step++)
        {
            int t = reverse ? n - 1 - step : step;
            projection.Slice(t * g8 + half, g4).CopyTo(gates);
            if (step > 0 && quantized is not null)
            {
                quantized.Quantise(previous, packed);
                quantized.AddProduct(packed, gates);
            }
            else if (step > 0)
            {
                ColumnKernel.AddColumns(w.RecurrentByColumn, previous, gates);
            }

            var i = gates[..h];
            var f = gates.Slice(h, h);
            var g = gates.Slice(2 * h, h);
            var o = gates.Slice(3 * h, h);
            TensorPrimitives.Sigmoid(i, i);
            TensorPrimitives.Sigmoid(f, f);
            TensorPrimitives.Tanh(g, g);
            TensorPrimitives.Sigmoid(o, o);
            TensorPrimitives.Multiply(cell, f, cell);
            TensorPrimitives.FusedMultiplyAdd(i, g, cell, cell);
            var state = states.Slice(t * 2 * h + offset, h);
            TensorPrimitives.Tanh(cell, state);
            TensorPrimitives.Multiply(state, o, state);
            state.CopyTo(previous);
        }
    }
}
