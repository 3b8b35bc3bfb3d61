using System.Text.Json;
using FactExtract.Entities;

namespace FactExtract.Training.Neural;

/// <summary>What a run directory holds besides checkpoints: the tag set, characters and settings (meta.json) and the quantised vectors (vectors.bin), which the export needs.</summary>
internal static class RunFiles
{
    internal sealed record Meta(string[] Types, string Chars, NetworkSettings Network, int VectorRows, int VectorDimensions);

    public static void WriteMeta(string dir, NerLabels labels, CharVocabulary chars, WordVectors vectors, NetworkSettings network)
    {
        File.WriteAllText(Path.Combine(dir, "meta.json"), JsonSerializer.Serialize(new Meta(labels.Types, chars.Chars, network, vectors.Words.Length, vectors.Dimensions)));
        using var w = new BinaryWriter(File.Create(Path.Combine(dir, "vectors.bin")));
        w.Write(vectors.Words.Length);
        w.Write(vectors.Dimensions);
        foreach (var word in vectors.Words) w.Write(word);
        foreach (var scale in vectors.Scales) w.Write(scale);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.Quantised.AsSpan()));
        // Tuned rows, when any: a run without them ends here, as runs made before tuning existed do.
        if (vectors.Tuned.Length > 0)
            foreach (int t in vectors.Tuned) w.Write(t);
    }

    public static Meta ReadMeta(string dir) =>
        JsonSerializer.Deserialize<Meta>(File.ReadAllText(Path.Combine(dir, "meta.json"))) ?? throw new InvalidDataException($"{dir}: no meta.json");

    public static WordVectors ReadVectors(string dir)
    {
        using var r = new BinaryReader(File.OpenRead(Path.Combine(dir, "vectors.bin")));
        int rows = r.ReadInt32(), dims = r.ReadInt32();
        var words = new string[rows];
        for (int i = 0; i < rows; i++) words[i] = r.ReadString();
        var scales = new float[rows];
        for (int i = 0; i < rows; i++) scales[i] = r.ReadSingle();
        var q = new sbyte[rows * dims];
        r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(q.AsSpan()));
        var tuned = Array.Empty<int>();
        if (r.BaseStream.Position < r.BaseStream.Length)
        {
            tuned = new int[rows];
            for (int i = 0; i < rows; i++) tuned[i] = r.ReadInt32();
        }

        var vectors = new WordVectors { Words = words, Quantised = q, Scales = scales, Dimensions = dims, Tuned = tuned };
        for (int i = 0; i < rows; i++) vectors.Index.TryAdd(words[i], i);
        return vectors;
    }
}
