
namespace FactExtract.Evaluation;

/// <summary>A gold direct quotation: one stretch of a quoted content, with its source spans (null when unwritten).</summary>
internal sealed record QuoteCorpusQuote(int Start, int End, IReadOnlyList<TextRange>? Source);

/// <summary>
/// Turns PolNeAR attributions into the quotation units the scorer compares against. A content's
/// ranges are first merged where only whitespace separates them (a multi-paragraph quotation), and
/// trimmed. The content is <em>direct</em> when every merged stretch opens with a double quote mark,
/// closes with one (trailing punctuation after the closing mark allowed) and has no word outside
/// its marks; each stretch is then
/// one gold quotation (a quotation split by its attribution gives two). Contents holding quote
/// marks without being direct are <em>mixed</em>: quotations found inside them are neither
/// credited nor counted as false positives.
/// </summary>
internal static class QuoteCorpusGold
{
    public static (List<QuoteCorpusQuote> Direct, List<TextRange> Mixed) Units(QuoteCorpusArticle article)
    {
        var text = article.Text;
        var direct = new List<QuoteCorpusQuote>();
        var mixed = new List<TextRange>();
        foreach (var a in article.Attributions)
        {
            var stretches = Merge(text, a.Content);
            if (stretches.Count == 0) continue;
            bool allQuoted = stretches.TrueForAll(r => IsQuoted(text, r));
            if (allQuoted)
            {
                foreach (var r in stretches) direct.Add(new QuoteCorpusQuote(r.Start, LastCloseMark(text, r), a.Source));
            }
            else if (stretches.Exists(r => text.AsSpan(r.Start, r.End - r.Start).IndexOfAny('"', '“', '”') >= 0))
            {
                mixed.AddRange(stretches);
            }
        }

        direct.Sort((x, y) => x.Start.CompareTo(y.Start));
        return (direct, mixed);
    }

    private static List<TextRange> Merge(string text, IReadOnlyList<TextRange> ranges)
    {
        var sorted = ranges.Where(r => r.End > r.Start && r.End <= text.Length).OrderBy(r => r.Start).ToList();
        var merged = new List<TextRange>();
        foreach (var r in sorted)
        {
            if (merged.Count > 0 && (r.Start <= merged[^1].End || text.AsSpan(merged[^1].End, r.Start - merged[^1].End).IsWhiteSpace()))
                merged[^1] = new TextRange(merged[^1].Start, Math.Max(merged[^1].End, r.End));
            else
                merged.Add(r);
        }

        for (int i = 0; i < merged.Count; i++)
        {
            int s = merged[i].Start, e = merged[i].End;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            merged[i] = new TextRange(s, e);
        }

        merged.RemoveAll(r => r.End <= r.Start);
        return merged;
    }

    // The double quote marks, straight or curly, that the corpus README's heuristic counts (and the few other double
    // marks the quote stage reads, so that a gold quotation and a found one open alike).
    private static bool IsDoubleMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‟' or '＂';

    private static bool IsQuoted(string text, TextRange r)
    {
        if (!IsDoubleMark(text[r.Start])) return false;
        int close = LastCloseMark(text, r);
        return close - 1 > r.Start && IsDoubleMark(text[close - 1]) && NothingOutsideMarks(text, r.Start, close);
    }

    /// <summary>
    /// The stretch is all in quote marks: no letter or digit stands outside a pair ("“losers” and
    /// “sad.”" or "“Trump exaggerates” the level of …" are partly quoted, not direct). At depth 0
    /// every mark opens; inside, a straight or closing curly mark closes and an opening curly
    /// mark nests.
    /// </summary>
    private static bool NothingOutsideMarks(string text, int start, int end)
    {
        int depth = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (IsDoubleMark(c))
            {
                if (depth == 0 || c is '“' or '„' or '«' or '‟') depth++;
                else depth--;
                continue;
            }

            if (depth == 0 && char.IsLetterOrDigit(c)) return false;
        }

        return true;
    }

    // End just past the closing mark, skipping punctuation the annotator took after it.
    private static int LastCloseMark(string text, TextRange r)
    {
        int e = r.End;
        while (e - 1 > r.Start && !IsDoubleMark(text[e - 1]) && (char.IsPunctuation(text[e - 1]) || char.IsWhiteSpace(text[e - 1])))
            e--;
        return e;
    }
}
