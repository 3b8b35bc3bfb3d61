namespace FactExtract.Evaluation;

/// <summary>One scored difference, for error analysis (offsets only; no corpus text is kept).</summary>
internal sealed record QuoteCorpusError(string Article, string Kind, int Start, int End, int? SpeakerStart, int? SpeakerEnd, string? Speaker);

/// <summary>The PolNeAR direct-quotation figures.</summary>
internal sealed record QuoteCorpusReport(
    int Articles,
    int Gold,
    int Predicted,
    int Matched,
    int FalsePositives,
    int IgnoredInMixed,
    int ExactMatches,
    int SpeakerGold,
    int SpeakerCorrect,
    int SpeakerMissing,
    IReadOnlyList<QuoteCorpusError> Errors)
{
    private static double Ratio(int a, int b) => b == 0 ? 0 : 100.0 * a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <summary>Precision over predictions not inside a mixed content.</summary>
    public double Precision => Ratio(Matched, Matched + FalsePositives);

    public double Recall => Ratio(Matched, Gold);

    public double F => F1(Precision, Recall);

    /// <summary>Precision when quotations inside mixed contents count as false positives too.</summary>
    public double StrictPrecision => Ratio(Matched, Predicted);

    public double StrictF => F1(StrictPrecision, Recall);

    public double ExactPrecision => Ratio(ExactMatches, Matched + FalsePositives);

    public double ExactRecall => Ratio(ExactMatches, Gold);

    public double ExactF => F1(ExactPrecision, ExactRecall);

    /// <summary>Matched gold quotations with a source whose predicted speaker mention overlaps it.</summary>
    public double SpeakerAccuracy => Ratio(SpeakerCorrect, SpeakerGold);
}

/// <summary>
/// Scores predicted quotations against PolNeAR's direct quotations. A prediction matches a gold
/// quotation when their overlap is at least half of their union (one-to-one, best overlap first);
/// it is exact when both ends agree. Predictions overlapping a mixed content are set aside. Speaker
/// accuracy counts matched quotations whose gold attribution has a source: correct when the
/// predicted speaker mention overlaps the source span.
/// </summary>
internal static class QuoteCorpusScorer
{
    public const double MinOverlap = 0.5;

    public static QuoteCorpusReport Score(IReadOnlyList<QuoteCorpusArticle> articles, Func<QuoteCorpusArticle, IReadOnlyList<Quotation>> predict)
    {
        int gold = 0, predicted = 0, matched = 0, fp = 0, ignored = 0, exact = 0, spGold = 0, spOk = 0, spMissing = 0;
        var errors = new List<QuoteCorpusError>();
        foreach (var article in articles)
        {
            var (direct, mixed) = QuoteCorpusGold.Units(article);
            var quotes = predict(article);
            gold += direct.Count;
            predicted += quotes.Count;
            var taken = new bool[direct.Count];
            foreach (var q in quotes)
            {
                int best = -1;
                double bestRatio = MinOverlap;
                for (int g = 0; g < direct.Count; g++)
                {
                    if (taken[g]) continue;
                    double r = OverlapRatio(q.Start, q.End, direct[g].Start, direct[g].End);
                    if (r >= bestRatio) { bestRatio = r; best = g; }
                }

                if (best < 0)
                {
                    if (mixed.Exists(m => m.Start < q.End && q.Start < m.End)) ignored++;
                    else { fp++; errors.Add(new QuoteCorpusError(article.Name, "fp", q.Start, q.End, q.SpeakerStart, q.SpeakerEnd, q.Speaker)); }
                    continue;
                }

                taken[best] = true;
                matched++;
                var gq = direct[best];
                if (gq.Start == q.Start && gq.End == q.End) exact++;
                else errors.Add(new QuoteCorpusError(article.Name, "inexact", q.Start, q.End, gq.Start, gq.End, null));
                if (gq.Source is not { Count: > 0 } source) continue;
                spGold++;
                if (q.SpeakerStart is not int ss || q.SpeakerEnd is not int se)
                {
                    spMissing++;
                    errors.Add(new QuoteCorpusError(article.Name, "speaker-missing", q.Start, q.End, source[0].Start, source[^1].End, null));
                }
                else if (source.Any(s => s.Start < se && ss < s.End)) spOk++;
                else errors.Add(new QuoteCorpusError(article.Name, "speaker-wrong", q.Start, q.End, ss, se, $"{source[0].Start}-{source[^1].End}"));
            }

            for (int g = 0; g < direct.Count; g++)
                if (!taken[g]) errors.Add(new QuoteCorpusError(article.Name, "fn", direct[g].Start, direct[g].End, null, null, null));
        }

        return new QuoteCorpusReport(articles.Count, gold, predicted, matched, fp, ignored, exact, spGold, spOk, spMissing, errors);
    }

    private static double OverlapRatio(int s1, int e1, int s2, int e2)
    {
        int overlap = Math.Min(e1, e2) - Math.Max(s1, s2);
        if (overlap <= 0) return 0;
        return (double)overlap / (Math.Max(e1, e2) - Math.Min(s1, s2));
    }
}
