namespace FactExtract.Evaluation;

/// <summary>
/// Entity-level precision, recall and F1 as conlleval counts them: a predicted entity is correct
/// only when its start, end and type all match a gold entity. Chunk boundaries follow conlleval's
/// rules, so an <c>I-</c> tag after <c>O</c> or after another type starts a new entity.
/// </summary>
internal sealed class ConllScorer
{
    private readonly Dictionary<string, (int Correct, int Predicted, int Gold)> _counts = new(StringComparer.Ordinal);
    private int _tokens;
    private int _correctTags;

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted sentences differ in length");
        var goldSpans = Chunks(gold);
        var predSpans = Chunks(predicted);
        var goldSet = new HashSet<(int, int, string)>(goldSpans);
        foreach (var s in goldSpans) Bump(s.Type, 0, 0, 1);
        foreach (var s in predSpans) Bump(s.Type, goldSet.Contains(s) ? 1 : 0, 1, 0);
        for (int i = 0; i < gold.Count; i++)
        {
            _tokens++;
            if (gold[i] == predicted[i]) _correctTags++;
        }
    }

    private void Bump(string type, int correct, int predicted, int gold)
    {
        var c = _counts.GetValueOrDefault(type);
        _counts[type] = (c.Correct + correct, c.Predicted + predicted, c.Gold + gold);
    }

    public ConllScores Scores()
    {
        var types = _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new ConllTypeScore(kv.Key, kv.Value.Correct, kv.Value.Predicted, kv.Value.Gold)).ToArray();
        var overall = new ConllTypeScore("overall", types.Sum(t => t.Correct), types.Sum(t => t.Predicted), types.Sum(t => t.Gold));
        return new ConllScores(overall, types, _tokens, _tokens == 0 ? 0 : (double)_correctTags / _tokens);
    }

    /// <summary>The entities of a tag sequence as (start, end exclusive, type), by conlleval's chunk rules (IOB1, IOB2, IOBES).</summary>
    public static List<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        int start = -1;
        string prevTag = "O", prevType = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            var (tag, type) = i < tags.Count ? Split(tags[i]) : ("O", "");
            if (start >= 0 && EndsBefore(prevTag, tag, prevType, type))
            {
                spans.Add((start, i, prevType));
                start = -1;
            }

            if (StartsAt(prevTag, tag, prevType, type)) start = i;
            prevTag = tag;
            prevType = type;
        }

        return spans;
    }

    private static (string Tag, string Type) Split(string tag)
    {
        if (tag.Length >= 2 && tag[1] == '-') return (tag[..1], tag[2..]);
        return (tag == "O" || tag.Length == 0 ? "O" : tag[..1], "");
    }

    private static bool EndsBefore(string prev, string cur, string prevType, string curType) =>
        prev is "E" or "S" ||
        (prev is "B" or "I" && cur is "B" or "S" or "O") ||
        (prev != "O" && prev != "." && prevType != curType);

    private static bool StartsAt(string prev, string cur, string prevType, string curType) =>
        cur is "B" or "S" ||
        (prev is "E" or "S" or "O" && cur is "I" or "E") ||
        (cur != "O" && cur != "." && prevType != curType);
}
