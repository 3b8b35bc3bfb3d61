using System.Runtime.InteropServices;

namespace FactExtract.Entities.Neural;

/// <summary>One direction of the bidirectional LSTM: PyTorch's gate order (input, forget, cell, output) in rows of 4 × hidden.</summary>
/// <param name="Input">[4H × D] weights on the token's input vector.</param>
/// <param name="Recurrent">[4H × H] weights on the previous state.</param>
/// <param name="Bias">[4H] both of PyTorch's biases, summed.</param>
internal sealed record LstmWeights(float[] Input, float[] Recurrent, float[] Bias)
{
    /// <summary>
    /// <see cref="Input"/> transposed to [D × 4H]: the forward pass adds one row per input value, a long vector
    /// operation, instead of taking 4H short dot products.
    /// </summary>
    public float[] InputByColumn { get; } = Transpose(Input, Bias.Length);

    /// <summary><see cref="Recurrent"/> transposed to [H × 4H], for the same reason.</summary>
    public float[] RecurrentByColumn { get; } = Transpose(Recurrent, Bias.Length);

    /// <summary><see cref="Recurrent"/> in 16-bit integers, the forward pass's default; null for a size it cannot hold.</summary>
    public QuantizedRecurrence? QuantizedRecurrent { get; } = QuantizedRecurrence.TryCreate(Recurrent, Bias.Length);

    private static float[] Transpose(float[] m, int rows)
    {
        if (rows == 0 || m.Length % rows != 0) return [];
        int cols = m.Length / rows;
        var t = new float[m.Length];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) t[c * rows + r] = m[r * cols + c];
        return t;
    }
}

/// <summary>
/// The accurate entity model's weights (<see cref="NeuralNetwork"/> runs them): 8-bit word vectors with a scale per
/// row, shape and character embeddings, a width-3 character convolution, a BiLSTM, the output layer and the CRF's
/// transition scores. Immutable once read; shared by every thread.
/// </summary>
internal sealed class NeuralNerModel
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly Dictionary<char, int> _chars = new();
    private readonly byte[] _asciiChars = new byte[128];

    public NeuralNerModel(
        NerLabels labels, string[] words, sbyte[] vectors, float[] scales, int vectorDimensions,
        float[] shapeEmbeddings, string chars, float[] charEmbeddings, float[] convolution, float[] convolutionBias,
        LstmWeights forward, LstmWeights backward, float[] output, float[] outputBias,
        float[] transitions, float[] start, float[] end, string description)
    {
        Labels = labels;
        Words = words;
        Vectors = vectors;
        Scales = scales;
        VectorDimensions = vectorDimensions;
        ShapeEmbeddings = shapeEmbeddings;
        ShapeDimensions = shapeEmbeddings.Length / NeuralInput.ShapeCount;
        Chars = chars;
        CharEmbeddings = charEmbeddings;
        CharDimensions = charEmbeddings.Length / (chars.Length + 2);
        Convolution = convolution;
        ConvolutionBias = convolutionBias;
        CharFilters = convolutionBias.Length;
        Forward = forward;
        Backward = backward;
        Hidden = forward.Recurrent.Length == 0 ? 0 : (int)Math.Sqrt(forward.Recurrent.Length / 4);
        Output = output;
        OutputBias = outputBias;
        Transitions = transitions;
        Start = start;
        End = end;
        Description = description;
        InputDimensions = vectorDimensions + ShapeDimensions + CharFilters;
        Validate();
        ConvolutionWindows = new float[convolution.Length];
        for (int f = 0; f < CharFilters; f++)
            for (int c = 0; c < CharDimensions; c++)
                for (int k = 0; k < 3; k++)
                    ConvolutionWindows[(f * 3 + k) * CharDimensions + c] = convolution[(f * CharDimensions + c) * 3 + k];

        var index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 1; i < words.Length; i++) index.TryAdd(words[i], i);
        _words = index.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] < 128) _asciiChars[chars[i]] = (byte)(i + 2);
            else _chars[chars[i]] = i + 2;
        }
    }

    public NerLabels Labels { get; }

    public string[] Words { get; }

    public sbyte[] Vectors { get; }

    public float[] Scales { get; }

    public int VectorDimensions { get; }

    public float[] ShapeEmbeddings { get; }

    public int ShapeDimensions { get; }

    public string Chars { get; }

    public float[] CharEmbeddings { get; }

    public int CharDimensions { get; }

    /// <summary>[filters × char dimensions × 3], PyTorch's Conv1d layout.</summary>
    public float[] Convolution { get; }

    public float[] ConvolutionBias { get; }

    /// <summary>The convolution as [filters × 3 × char dimensions]: each filter one row over three consecutive character vectors.</summary>
    public float[] ConvolutionWindows { get; }

    public int CharFilters { get; }

    public LstmWeights Forward { get; }

    public LstmWeights Backward { get; }

    public int Hidden { get; }

    /// <summary>[labels × 2H]: the forward state's half, then the backward's.</summary>
    public float[] Output { get; }

    public float[] OutputBias { get; }

    public float[] Transitions { get; }

    public float[] Start { get; }

    public float[] End { get; }

    public string Description { get; }

    /// <summary>Word vector, shape embedding and character features, concatenated.</summary>
    public int InputDimensions { get; }

    /// <summary>The vocabulary row of a lower-cased key, 0 when the model has no vector for it.</summary>
    public int WordRow(ReadOnlySpan<char> key) => _words.TryGetValue(key, out int row) ? row : 0;

    /// <summary>The character's embedding row: 1 for a character training never saw.</summary>
    public int CharId(char c) => c < 128 ? (_asciiChars[c] is var id and > 0 ? id : 1) : _chars.GetValueOrDefault(c, 1);

    private void Validate()
    {
        int l = Labels.Count, h = Hidden;
        Check(Words.Length >= 1 && Vectors.Length == Words.Length * VectorDimensions && Scales.Length == Words.Length, "word vectors");
        Check(ShapeEmbeddings.Length == NeuralInput.ShapeCount * ShapeDimensions && ShapeDimensions > 0, "shape embeddings");
        Check(CharEmbeddings.Length == (Chars.Length + 2) * CharDimensions && CharDimensions > 0, "character embeddings");
        Check(Convolution.Length == CharFilters * CharDimensions * 3, "character convolution");
        foreach (var d in new[] { Forward, Backward })
            Check(h > 0 && d.Recurrent.Length == 4 * h * h && d.Input.Length == 4 * h * InputDimensions && d.Bias.Length == 4 * h, "LSTM weights");
        Check(Output.Length == l * 2 * h && OutputBias.Length == l, "output layer");
        Check(Transitions.Length == l * l && Start.Length == l && End.Length == l, "CRF scores");
        Check(MemoryMarshal.Cast<float, int>(Output).IndexOfAnyInRange(0x7F800000, 0x7FFFFFFF) < 0, "output weights (not finite)");
    }

    private static void Check(bool ok, string what)
    {
        if (!ok) throw new FormatException($"inconsistent {what}");
    }
}
