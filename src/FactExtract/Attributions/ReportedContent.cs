using FactExtract.Quotes;

namespace FactExtract.Attributions;

/// <summary>
/// What the rules and the attribution tagger both ask of a reported content: its trimmed extent, how much of it stands
/// outside quotation marks (a content that is only a quotation is the quote stage's), and the name a source holds.
/// </summary>
internal static class ReportedContent
{
    /// <summary>The content without surrounding whitespace, nor a trailing comma, colon or dash.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ':' or '—')) end--;
        return (start, end);
    }

    /// <summary>Letters and digits of [start, end) outside the quotations, and whether a double quote mark is in it.</summary>
    public static (int Outside, bool Marks) Measure(string text, IReadOnlyList<Quotation> quotes, int start, int end)
    {
        int outside = 0;
        bool marks = false;
        int q = FirstQuoteEndingAfter(quotes, start);
        for (int i = start; i < end; i++)
        {
            while (q < quotes.Count && quotes[q].End <= i) q++;
            bool inQuote = q < quotes.Count && quotes[q].Start <= i;
            char ch = text[i];
            if (QuoteMarks.IsDouble(ch)) marks = true;
            if (!inQuote && char.IsLetterOrDigit(ch)) outside++;
        }

        return (outside, marks);
    }

    /// <summary>
    /// The first quotation ending after <paramref name="offset"/>. Quotations are in text order and do not overlap, so
    /// their ends are sorted too: a binary search, not a walk from the document's first quotation for every content
    /// (which made a long document quadratic).
    /// </summary>
    public static int FirstQuoteEndingAfter(IReadOnlyList<Quotation> quotes, int offset)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotes[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>"The Harbor City council": a source that holds a PERSON or ORG name (names sorted by start) stands for it.</summary>
    public static string? NamedInside(IReadOnlyList<EntityMention> names, int start, int end)
    {
        int lo = 0, hi = names.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (names[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }

        for (int k = lo; k < names.Count && names[k].Start < end; k++)
            if (names[k].End <= end) return names[k].Canonical;
        return null;
    }
}
