using FactExtract.Entities;
using FactExtract.Entities.Neural;

namespace FactExtract.TestSupport;

/// <summary>A small neural model with random weights (seeded), for checking the forward pass and the file format.</summary>
internal static class RandomNeuralModel
{
    public static NeuralNerModel Create(int seed = 7, int hidden = 8, int dims = 6)
    {
        var random = new Random(seed);
        float[] R(int n, float scale = 0.5f) => Enumerable.Range(0, n).Select(_ => (float)((random.NextDouble() * 2 - 1) * scale)).ToArray();
        var labels = new NerLabels(["ORG", "PERSON", "GPE"]);
        string[] words = ["<unk>", "the", "company", "said", "apple", ",", "."];
        var vectors = Enumerable.Range(0, words.Length * dims).Select(i => i < dims ? (sbyte)0 : (sbyte)random.Next(-127, 128)).ToArray();
        var scales = words.Select((_, i) => i == 0 ? 1f : 0.01f).ToArray();
        const string chars = ",.ACTaehilmnoprsty";
        int charDims = 4, filters = 5, shapeDims = 3, input = dims + shapeDims + filters, l = labels.Count;
        LstmWeights Direction() => new(R(4 * hidden * input), R(4 * hidden * hidden), R(4 * hidden));
        return new NeuralNerModel(
            labels, words, vectors, scales, dims, R(NeuralInput.ShapeCount * shapeDims), chars, R((chars.Length + 2) * charDims),
            R(filters * charDims * 3), R(filters), Direction(), Direction(), R(l * 2 * hidden), R(l), R(l * l), R(l), R(l),
            $"random weights (seed {seed})");
    }

    /// <summary>The model as <see cref="NeuralModelFile"/> writes it.</summary>
    public static byte[] Bytes(NeuralNerModel model)
    {
        var stream = new MemoryStream();
        NeuralModelFile.Write(model, stream);
        return stream.ToArray();
    }
}
