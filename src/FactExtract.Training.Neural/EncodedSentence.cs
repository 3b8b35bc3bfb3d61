using FactExtract.Entities;
using FactExtract.Entities.Neural;

namespace FactExtract.Training.Neural;

/// <summary>One sentence as the network's inputs: vocabulary rows, shape classes, character ids and gold tags.</summary>
internal sealed record EncodedSentence(long[] Words, long[] Tuned, long[] Shapes, long[] Chars, long[] Tags, string[] GoldBio)
{
    public int Length => Words.Length;

    public static EncodedSentence Encode(string[] words, string[] bio, WordVectors vectors, CharVocabulary chars, NerLabels labels)
    {
        int n = words.Length;
        var w = new long[n];
        var s = new long[n];
        var tuned = new long[n];
        var c = new long[n * NeuralInput.MaxChars];
        for (int i = 0; i < n; i++)
        {
            var form = NeuralInput.CharForm(words[i]);
            int row = vectors.Index.GetValueOrDefault(NeuralInput.WordKey(words[i]));
            w[i] = row;
            tuned[i] = vectors.Tuned.Length == 0 ? 0 : vectors.Tuned[row];
            s[i] = NeuralInput.Shape(form, row != 0);
            for (int k = 0; k < Math.Min(form.Length, NeuralInput.MaxChars); k++) c[i * NeuralInput.MaxChars + k] = chars.Id(form[k]);
        }

        var tags = labels.Encode(bio);
        return new EncodedSentence(w, tuned, s, c, tags.Select(t => (long)t).ToArray(), bio);
    }
}

/// <summary>The characters the network has embeddings for: id 0 pads, id 1 is every unseen character.</summary>
internal sealed class CharVocabulary
{
    private readonly Dictionary<char, int> _ids = new();

    public CharVocabulary(string chars)
    {
        Chars = chars;
        for (int i = 0; i < chars.Length; i++) _ids[chars[i]] = i + 2;
    }

    public string Chars { get; }

    public int Count => Chars.Length + 2;

    public int Id(char c) => _ids.GetValueOrDefault(c, 1);

    /// <summary>Characters seen at least <paramref name="minCount"/> times in the words, in code order.</summary>
    public static CharVocabulary From(IEnumerable<string> words, int minCount)
    {
        var counts = new Dictionary<char, int>();
        foreach (var word in words)
            foreach (char c in NeuralInput.CharForm(word))
                counts[c] = counts.GetValueOrDefault(c) + 1;
        return new CharVocabulary(new string(counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).Order().ToArray()));
    }
}
