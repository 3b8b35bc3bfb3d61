using System.Text.Json;

namespace FactExtract.Training.Neural.Tests;

/// <summary>The hand-written tiny CoNLL sample, made-up word vectors for it, and small network settings.</summary>
internal static class TinySample
{
    public static string Conll => Path.Combine(AppContext.BaseDirectory, "TestData", "tiny.conll");

    /// <summary>A vectors file in wink-embeddings' layout: "vectors" maps each word to its values, norm and rank.</summary>
    public static string WriteVectors(string dir)
    {
        var words = File.ReadLines(Conll).Where(l => l.Length > 0 && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            .Select(l => l.Split('\t')[0].ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        var random = new Random(3);
        var vectors = new Dictionary<string, float[]>();
        for (int i = 0; i < words.Count; i++)
            vectors[words[i]] = Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() - 0.5)).Append(1f).Append(i).ToArray();
        var path = Path.Combine(dir, "vectors.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { precision = 8, size = words.Count, dimensions = 8, words, vectors }));
        return path;
    }

    public static TrainingSettings Settings(string dir, string vectors, int epochs, bool resume = false, string? train = null) => new()
    {
        Train = train ?? Conll,
        Dev = Conll,
        Vectors = vectors,
        RunDirectory = Path.Combine(dir, "run"),
        Epochs = epochs,
        BatchSize = 4,
        LearningRate = 0.01,
        Threads = 1,
        Resume = resume,
        Network = new NetworkSettings { Hidden = 16, CharFilters = 8, CharDimensions = 8, ShapeDimensions = 4, Dropout = 0.1 },
    };
}
