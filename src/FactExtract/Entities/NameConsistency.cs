using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Label consistency across a document (one sense per discourse, for names): once the whole article is tagged, a name
/// the model tagged somewhere is tagged with its label wherever else the same words stand with no tag at all, as in a
/// title-case headline or a sentence-initial "BlackBerry will remain active" the sentence alone does not settle.
/// </summary>
/// <remarks>
/// Only names (not amounts, dates or times), only words that begin with a capital letter, only where the model left
/// every word untagged, and only where the match is not part of a longer capitalised run: the model's own decisions are
/// never overridden, and a company name inside an untagged product name ("BlackBerry Enterprise Server") is left alone.
/// When a name carries several labels in the document, the most frequent one is used, the first on a tie.
/// </remarks>
internal static class NameConsistency
{
    private static readonly HashSet<string> NumericTypes = new(StringComparer.Ordinal)
    {
        "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
    };

    /// <summary>Fills the untagged repeats of tagged names in <paramref name="tags"/>, the tags of every token of the document.</summary>
    public static void Fill(string text, ReadOnlySpan<Token> tokens, Span<int> tags, NerLabels labels, List<(int First, int End, int Tag)> spans)
    {
        spans.Clear();
        BioSpans.Collect(labels, tags, 0, spans);
        if (spans.Count == 0) return;

        // The document's names, by their first word: each name's words and its label counts in first-seen order.
        Dictionary<string, List<Name>>? byFirstWord = null;
        foreach (var (first, end, tag) in spans)
        {
            if (NumericTypes.Contains(labels.TypeName(tag)) || !char.IsUpper(text[tokens[first].Start])) continue;
            byFirstWord ??= new Dictionary<string, List<Name>>(StringComparer.Ordinal);
            var key = Word(text, tokens[first]).ToString();
            if (!byFirstWord.TryGetValue(key, out var names)) byFirstWord[key] = names = new List<Name>();
            Name? name = null;
            foreach (var n in names)
            {
                if (n.Matches(text, tokens, first, end))
                {
                    name = n;
                    break;
                }
            }

            if (name is null) names.Add(name = new Name(text, tokens, first, end));
            name.Count(labels.TypeOf(tag));
        }

        if (byFirstWord is null) return;
        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tags[i] != 0 || !char.IsUpper(text[tokens[i].Start]) || !lookup.TryGetValue(Word(text, tokens[i]), out var candidates)) continue;
            bool runBefore = i > 0 && IsCapitalisedWord(text, tokens[i - 1]) && SameLine(text, tokens[i - 1], tokens[i]);
            if (runBefore && !IsTitleCaseLine(text, tokens, i)) continue;
            foreach (var name in candidates)
            {
                int end = i + name.Length;
                if (end > tokens.Length || !name.Matches(text, tokens, i, end) || !AllUntagged(tags[i..end])) continue;
                bool runAfter = end < tokens.Length && IsCapitalisedWord(text, tokens[end]) && SameLine(text, tokens[end - 1], tokens[end]);
                if (runAfter && !IsTitleCaseLine(text, tokens, i)) continue;
                int type = name.Label;
                tags[i] = 1 + 2 * type;
                for (int k = i + 1; k < end; k++) tags[k] = 2 + 2 * type;
                i = end - 1;
                break;
            }
        }
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);

    // A short line whose every word of four letters or more is capitalised ("Why BlackBerry Is Leaving Pakistan at the
    // End of the Year"): there, capitalised neighbours say nothing about where a name ends. Looked at no further than
    // MaxTitleWords tokens each way, so a long line costs a bounded look.
    private const int MaxTitleWords = 30;

    private static bool IsTitleCaseLine(string text, ReadOnlySpan<Token> tokens, int i)
    {
        int first = i, last = i;
        while (first > 0 && SameLine(text, tokens[first - 1], tokens[first]))
        {
            if (i - --first > MaxTitleWords) return false;
        }

        while (last + 1 < tokens.Length && SameLine(text, tokens[last], tokens[last + 1]))
        {
            if (++last - i > MaxTitleWords) return false;
        }

        int longWords = 0;
        for (int k = first; k <= last; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Length < 4) continue;
            if (!char.IsUpper(text[tokens[k].Start])) return false;
            longWords++;
        }

        return longWords >= 3;
    }

    private static bool IsCapitalisedWord(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]);

    // A title and the first words of the article's next line are not one name.
    private static bool SameLine(string text, Token a, Token b) => text.AsSpan(a.End, b.Start - a.End).IndexOfAny('\n', '\r') < 0;

    private static bool AllUntagged(ReadOnlySpan<int> tags)
    {
        foreach (var t in tags) if (t != 0) return false;
        return true;
    }

    /// <summary>One name of the document: its words and how often each label was given to them.</summary>
    private sealed class Name
    {
        private readonly string[] _words;
        private readonly List<(int Type, int Count)> _labels = new();

        public Name(string text, ReadOnlySpan<Token> tokens, int first, int end)
        {
            _words = new string[end - first];
            for (int k = first; k < end; k++) _words[k - first] = Word(text, tokens[k]).ToString();
        }

        public int Length => _words.Length;

        /// <summary>The most frequent label, the first seen on a tie.</summary>
        public int Label
        {
            get
            {
                var best = _labels[0];
                foreach (var l in _labels) if (l.Count > best.Count) best = l;
                return best.Type;
            }
        }

        public void Count(int type)
        {
            int i = _labels.FindIndex(l => l.Type == type);
            if (i < 0) _labels.Add((type, 1));
            else _labels[i] = (type, _labels[i].Count + 1);
        }

        public bool Matches(string text, ReadOnlySpan<Token> tokens, int first, int end)
        {
            if (end - first != _words.Length) return false;
            for (int k = first; k < end; k++)
                if (!Word(text, tokens[k]).SequenceEqual(_words[k - first])) return false;
            return true;
        }
    }
}
