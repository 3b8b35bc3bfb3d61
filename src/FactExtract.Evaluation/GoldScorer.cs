namespace FactExtract.Evaluation;

/// <summary>
/// Scores one document's prediction against its gold file (both in the output schema, offsets
/// into the same text). Entities match on exact span and label, as in CoNLL scoring; dates and
/// quotations also match by overlap (TempEval-3's relaxed match), one gold item to at most one
/// predicted item, so that an extent error is told apart from a miss and a wrong value or speaker
/// can still be scored.
/// </summary>
internal static class GoldScorer
{
    public static GoldEvaluation Score(ExtractionResult gold, ExtractionResult predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var text = gold.Text;
        var issues = new List<GoldDiscrepancy>();

        var (labels, canonical) = ScoreEntities(text, gold.Entities, predicted.Entities, issues);
        var dates = ScoreDates(text, gold.Dates, predicted.Dates, issues);
        var quotes = ScoreQuotes(text, gold.Quotes, predicted.Quotes, issues);

        return new GoldEvaluation
        {
            DocumentId = gold.Id,
            GoldReferenceDate = gold.ReferenceDate,
            PredictedReferenceDate = predicted.ReferenceDate,
            EntityLabels = labels,
            Entities = labels.Values.Aggregate(default(GoldCounts), (a, b) => a + b),
            Canonical = canonical,
            DatesStrict = dates.Strict,
            DatesRelaxed = dates.Relaxed,
            DateValues = dates.Values,
            DateValueAccuracy = dates.ValueAccuracy,
            DateTypeAccuracy = dates.TypeAccuracy,
            QuotesExact = quotes.Exact,
            QuotesOverlap = quotes.Overlap,
            Speakers = quotes.Speakers,
            SpeakerMentions = quotes.Mentions,
            Discrepancies = issues.OrderBy(d => d.Start).ThenBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Issue).ToArray(),
        };
    }

    private static (SortedDictionary<string, GoldCounts> Labels, GoldAccuracy Canonical) ScoreEntities(
        string text, IReadOnlyList<EntityMention> gold, IReadOnlyList<EntityMention> predicted, List<GoldDiscrepancy> issues)
    {
        var unmatched = predicted.ToList();
        var labels = new SortedDictionary<string, GoldCounts>(StringComparer.Ordinal);
        int canonicalCorrect = 0, matched = 0;
        foreach (var g in gold)
        {
            Add(labels, g.Label, new GoldCounts(1, 0, 0));
            int i = unmatched.FindIndex(p => p.Start == g.Start && p.End == g.End && p.Label == g.Label);
            if (i < 0)
            {
                var sameSpan = predicted.FirstOrDefault(p => p.Start == g.Start && p.End == g.End);
                issues.Add(Discrepancy(text, "entity", GoldIssue.Miss, g.Start, g.End, g.Label, sameSpan?.Label));
                continue;
            }

            var p = unmatched[i];
            unmatched.RemoveAt(i);
            Add(labels, g.Label, new GoldCounts(0, 1, 1));
            matched++;
            if (p.Canonical == g.Canonical) canonicalCorrect++;
        }

        foreach (var p in unmatched)
        {
            Add(labels, p.Label, new GoldCounts(0, 1, 0));
            var sameSpan = gold.FirstOrDefault(g => g.Start == p.Start && g.End == p.End);
            issues.Add(Discrepancy(text, "entity", GoldIssue.FalseAlarm, p.Start, p.End, sameSpan?.Label, p.Label));
        }

        return (labels, new GoldAccuracy(canonicalCorrect, matched));
    }

    private static void Add(SortedDictionary<string, GoldCounts> labels, string label, GoldCounts counts) =>
        labels[label] = labels.GetValueOrDefault(label) + counts;

    private sealed record DateScores(GoldCounts Strict, GoldCounts Relaxed, GoldCounts Values, GoldAccuracy ValueAccuracy, GoldAccuracy TypeAccuracy);

    private static DateScores ScoreDates(string text, IReadOnlyList<DateMention> gold, IReadOnlyList<DateMention> predicted, List<GoldDiscrepancy> issues)
    {
        var pairs = MatchByOverlap(gold, predicted, d => (d.Start, d.End));
        int exact = 0, values = 0, types = 0;
        foreach (var (g, p) in pairs.Matched)
        {
            if (g.Start == p.Start && g.End == p.End) exact++;
            else issues.Add(Discrepancy(text, "date", GoldIssue.WrongExtent, g.Start, g.End, g.Text, p.Text));
            if (g.Value == p.Value) values++;
            else issues.Add(Discrepancy(text, "date", GoldIssue.WrongValue, g.Start, g.End, g.Value, p.Value));
            if (g.Type == p.Type) types++;
            else issues.Add(Discrepancy(text, "date", GoldIssue.WrongType, g.Start, g.End, g.Type, p.Type));
        }

        foreach (var g in pairs.Missed) issues.Add(Discrepancy(text, "date", GoldIssue.Miss, g.Start, g.End, $"{g.Type} {g.Value}", null));
        foreach (var p in pairs.FalseAlarms) issues.Add(Discrepancy(text, "date", GoldIssue.FalseAlarm, p.Start, p.End, null, $"{p.Type} {p.Value}"));

        int n = pairs.Matched.Count;
        return new DateScores(
            new GoldCounts(gold.Count, predicted.Count, exact),
            new GoldCounts(gold.Count, predicted.Count, n),
            new GoldCounts(gold.Count, predicted.Count, values),
            new GoldAccuracy(values, n),
            new GoldAccuracy(types, n));
    }

    private sealed record QuoteScores(GoldCounts Exact, GoldCounts Overlap, GoldAccuracy Speakers, GoldAccuracy Mentions);

    private static QuoteScores ScoreQuotes(string text, IReadOnlyList<Quotation> gold, IReadOnlyList<Quotation> predicted, List<GoldDiscrepancy> issues)
    {
        var pairs = MatchByOverlap(gold, predicted, q => (q.Start, q.End));
        int exact = 0, speakers = 0, mentions = 0;
        foreach (var (g, p) in pairs.Matched)
        {
            if (g.Start == p.Start && g.End == p.End) exact++;
            else issues.Add(Discrepancy(text, "quote", GoldIssue.WrongExtent, g.Start, g.End, Shorten(g.Text), Shorten(p.Text)));
            if (SameSpeaker(g.Speaker, p.Speaker)) speakers++;
            else issues.Add(Discrepancy(text, "quote", GoldIssue.WrongSpeaker, g.Start, g.End, g.Speaker ?? "(none)", p.Speaker ?? "(none)"));
            if (g.SpeakerStart == p.SpeakerStart && g.SpeakerEnd == p.SpeakerEnd) mentions++;
        }

        foreach (var g in pairs.Missed) issues.Add(Discrepancy(text, "quote", GoldIssue.Miss, g.Start, g.End, g.Speaker ?? "(no speaker)", null));
        foreach (var p in pairs.FalseAlarms) issues.Add(Discrepancy(text, "quote", GoldIssue.FalseAlarm, p.Start, p.End, null, p.Speaker ?? "(no speaker)"));

        int n = pairs.Matched.Count;
        return new QuoteScores(
            new GoldCounts(gold.Count, predicted.Count, exact),
            new GoldCounts(gold.Count, predicted.Count, n),
            new GoldAccuracy(speakers, n),
            new GoldAccuracy(mentions, n));
    }

    /// <summary>Speakers are the same person when their names agree ignoring case, spacing and a possessive ending.</summary>
    internal static bool SameSpeaker(string? gold, string? predicted) =>
        (gold is null && predicted is null)
        || (gold is not null && predicted is not null && string.Equals(NormaliseName(gold), NormaliseName(predicted), StringComparison.OrdinalIgnoreCase));

    private static string NormaliseName(string name)
    {
        var n = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var suffix in new[] { "’s", "'s", "’", "'" })
            if (n.EndsWith(suffix, StringComparison.Ordinal)) return n[..^suffix.Length];
        return n;
    }

    private sealed record Matching<T>(List<(T Gold, T Predicted)> Matched, List<T> Missed, List<T> FalseAlarms);

    /// <summary>One-to-one matching in text order: an exact span first, else the first overlapping unmatched one.</summary>
    private static Matching<T> MatchByOverlap<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, (int Start, int End)> span)
    {
        var unmatched = predicted.ToList();
        var matched = new List<(T, T)>();
        var missed = new List<T>();
        foreach (var g in gold)
        {
            var (gs, ge) = span(g);
            int i = unmatched.FindIndex(p => span(p) == (gs, ge));
            if (i < 0) i = unmatched.FindIndex(p => span(p).Start < ge && gs < span(p).End);
            if (i < 0)
            {
                missed.Add(g);
                continue;
            }

            matched.Add((g, unmatched[i]));
            unmatched.RemoveAt(i);
        }

        return new Matching<T>(matched, missed, unmatched);
    }

    private static GoldDiscrepancy Discrepancy(string text, string kind, GoldIssue issue, int start, int end, string? expected, string? found)
    {
        var (line, context) = ContextLine(text, start, end);
        var spanText = start >= 0 && end <= text.Length && start <= end ? text[start..end] : "";
        return new GoldDiscrepancy(kind, issue, start, end, Shorten(spanText), expected, found, line, context);
    }

    private const int ContextWidth = 70;

    /// <summary>The line holding the span, cut to a window around it when long, with the span marked.</summary>
    internal static (int Line, string Context) ContextLine(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        int line = 1;
        for (int i = 0; i < start; i++) if (text[i] == '\n') line++;
        int lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0) lineEnd = text.Length;
        int spanEnd = Math.Min(end, lineEnd);
        int from = Math.Max(lineStart, start - ContextWidth);
        int to = Math.Min(lineEnd, spanEnd + ContextWidth);
        var context = (from > lineStart ? "…" : "") + text[from..start] + "[[" + Shorten(text[start..spanEnd]) + "]]" + text[spanEnd..to] + (to < lineEnd ? "…" : "");
        return (line, context.TrimEnd('\r'));
    }

    private static string Shorten(string s) => s.Length <= 2 * ContextWidth ? s : s[..(ContextWidth - 1)] + " … " + s[^(ContextWidth - 1)..];
}
