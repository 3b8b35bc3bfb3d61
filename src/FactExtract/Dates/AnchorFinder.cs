namespace FactExtract.Dates;

/// <summary>
/// Finds the reference date in the text when the caller gave none: a dateline at the article's
/// start, otherwise (as HeidelTime's narrative mode) the latest fully written date that the text
/// does not put in the future.
/// </summary>
internal static class AnchorFinder
{
    /// <summary>How far into the text a dateline may start.</summary>
    private const int DatelineWindow = 300;

    public static (DateOnly Date, string Source)? Find(string text, List<DateToken> tokens, List<TimexMatch> matches)
    {
        foreach (var m in matches)
        {
            if (m.Start > DatelineWindow) break;
            if (FullDate(m.Spec) is { } date && LooksLikeDateline(text, m)) return (date, "dateline");
        }

        DateOnly? latest = null;
        foreach (var m in matches)
        {
            if (FullDate(m.Spec) is not { } date) continue;
            if (TenseDetector.Detect(text, tokens, m.FirstToken, m.EndToken) == Tense.Future) continue;
            if (latest is null || date > latest) latest = date;
        }

        return latest is { } l ? (l, "narrative") : null;
    }

    /// <summary>The day of an absolute, fully specified date or time ("2015-11-30", "2015-11-30T16:49").</summary>
    public static DateOnly? FullDate(in TimexSpec spec)
    {
        if (spec.Kind != SpecKind.Literal || spec.Type is not (TimexType.Date or TimexType.Time)) return null;
        var v = spec.Literal;
        if (v is null || v.Length < 10 || v[4] != '-' || v[7] != '-' || !char.IsAsciiDigit(v[0]) || !char.IsAsciiDigit(v[8])) return null;
        return DateOnly.TryParseExact(v.AsSpan(0, 10), "yyyy-MM-dd", out var d) ? d : null;
    }

    /// <summary>
    /// A dateline date stands on a short line of its own, or is followed by a dash or an agency
    /// tag, or follows a place name in capitals ("WASHINGTON, Nov. 30, 2015 —").
    /// </summary>
    private static bool LooksLikeDateline(string text, in TimexMatch m)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, m.Start - 1)) + 1;
        if (m.Start == 0) lineStart = 0;
        int lineEnd = text.IndexOf('\n', m.End);
        if (lineEnd < 0) lineEnd = text.Length;
        var before = text.AsSpan(lineStart, m.Start - lineStart).Trim();
        var after = text.AsSpan(m.End, lineEnd - m.End).Trim();
        if (lineEnd - lineStart - (m.End - m.Start) <= 30) return true;
        if (after.Length > 0 && after[0] is '-' or '—' or '–' or '(' or '|') return true;
        if (before.Length > 0 && before[^1] is ',' or '-' or '—' or '–' or '|')
        {
            int upper = 0, lower = 0;
            foreach (char c in before) { if (char.IsUpper(c)) upper++; else if (char.IsLower(c)) lower++; }
            return upper > lower;
        }

        return before.Length == 0 && after.Length == 0;
    }
}
