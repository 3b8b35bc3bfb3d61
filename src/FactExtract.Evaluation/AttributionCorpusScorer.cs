
namespace FactExtract.Evaluation;

/// <summary>One gold attribution as scored: the content with its pieces joined, its kind, cue and source ranges.</summary>
internal sealed record AttributionGold(int Start, int End, AttributionKind Kind, IReadOnlyList<TextRange> Cue, IReadOnlyList<TextRange>? Source);

/// <summary>Matched, gold and predicted counts of one kind of content.</summary>
internal readonly record struct KindCounts(int Gold, int Predicted, int MatchedGold, int MatchedPredicted)
{
    public double Precision => AttributionCorpusReport.Ratio(MatchedPredicted, Predicted);

    public double Recall => AttributionCorpusReport.Ratio(MatchedGold, Gold);

    public double F => AttributionCorpusReport.F1(Precision, Recall);
}

/// <summary>The PolNeAR attribution figures (all kinds: direct, mixed, indirect).</summary>
internal sealed record AttributionCorpusReport(
    int Gold,
    int Predicted,
    int Matched,
    int Exact,
    int CueCorrect,
    int SourceCorrect,
    IReadOnlyDictionary<AttributionKind, KindCounts> ByKind,
    IReadOnlyList<QuoteCorpusError> Errors)
{
    internal static double Ratio(int a, int b) => b == 0 ? 0 : 100.0 * a / b;

    internal static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public double Precision => Ratio(Matched, Predicted);

    public double Recall => Ratio(Matched, Gold);

    public double F => F1(Precision, Recall);

    public double ExactPrecision => Ratio(Exact, Predicted);

    public double ExactRecall => Ratio(Exact, Gold);

    public double ExactF => F1(ExactPrecision, ExactRecall);

    /// <summary>Matched contents whose predicted cue overlaps the gold cue (or both have none).</summary>
    public double CueAccuracy => Ratio(CueCorrect, Matched);

    /// <summary>Matched contents whose predicted source overlaps the gold source (or both have none).</summary>
    public double SourceAccuracy => Ratio(SourceCorrect, Matched);

    /// <summary>End to end: a prediction counts when its content matches and its source is right.</summary>
    public double SourcePrecision => Ratio(SourceCorrect, Predicted);

    public double SourceRecall => Ratio(SourceCorrect, Gold);

    public double SourceF => F1(SourcePrecision, SourceRecall);
}

/// <summary>
/// Scores predicted attributions against every PolNeAR attribution. A content's discontinuous pieces
/// are joined into one span (first start to last end, whitespace trimmed). A prediction matches a gold
/// content when their overlap covers at least half of each (one-to-one, largest overlap first); it is
/// exact when both ends agree, ignoring a final full stop or comma. Cue and source are right when the
/// predicted span overlaps the gold one, or when both are absent.
/// </summary>
internal static class AttributionCorpusScorer
{
    public const double MinOverlap = 0.5;

    /// <summary>The gold attributions of an article, in text order.</summary>
    public static List<AttributionGold> GoldOf(QuoteCorpusArticle article)
    {
        var text = article.Text;
        var gold = new List<AttributionGold>();
        foreach (var a in article.Attributions)
        {
            int s = int.MaxValue, e = -1;
            foreach (var r in a.Content)
            {
                if (r.End <= r.Start || r.End > text.Length) continue;
                s = Math.Min(s, r.Start);
                e = Math.Max(e, r.End);
            }

            if (e < 0) continue;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e <= s) continue;
            gold.Add(new AttributionGold(s, e, KindOf(text, a.Content), a.Cue, a.Source is { Count: > 0 } ? a.Source : null));
        }

        gold.Sort((x, y) => x.Start.CompareTo(y.Start));
        return gold;
    }

    // The corpus README's heuristic, applied piece by piece as the quote scorer does.
    private static AttributionKind KindOf(string text, IReadOnlyList<TextRange> content)
    {
        var article = new QuoteCorpusArticle("", "", text, new[] { new QuoteCorpusAttribution(content, Array.Empty<TextRange>(), null) });
        var (direct, mixed) = QuoteCorpusGold.Units(article);
        return direct.Count > 0 ? AttributionKind.Direct : mixed.Count > 0 ? AttributionKind.Mixed : AttributionKind.Indirect;
    }

    public static AttributionCorpusReport Score(IReadOnlyList<QuoteCorpusArticle> articles, Func<QuoteCorpusArticle, IReadOnlyList<AttributionMention>> predict)
    {
        int gold = 0, predicted = 0, matched = 0, exact = 0, cueOk = 0, sourceOk = 0;
        var errors = new List<QuoteCorpusError>();
        var kinds = new Dictionary<AttributionKind, KindCounts>();
        foreach (var k in Enum.GetValues<AttributionKind>()) kinds[k] = default;
        foreach (var article in articles)
        {
            var g = GoldOf(article);
            var p = predict(article);
            gold += g.Count;
            predicted += p.Count;
            foreach (var x in g) kinds[x.Kind] = kinds[x.Kind] with { Gold = kinds[x.Kind].Gold + 1 };
            foreach (var x in p) kinds[x.Kind] = kinds[x.Kind] with { Predicted = kinds[x.Kind].Predicted + 1 };

            // Every candidate pair, largest overlap first (contents are short and few per article).
            var pairs = new List<(int Overlap, int G, int P)>();
            for (int i = 0; i < g.Count; i++)
                for (int j = 0; j < p.Count; j++)
                {
                    int overlap = Math.Min(g[i].End, p[j].End) - Math.Max(g[i].Start, p[j].Start);
                    if (overlap <= 0) continue;
                    if (overlap < MinOverlap * (g[i].End - g[i].Start) || overlap < MinOverlap * (p[j].End - p[j].Start)) continue;
                    pairs.Add((overlap, i, j));
                }

            pairs.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));
            var goldTaken = new bool[g.Count];
            var predTaken = new bool[p.Count];
            foreach (var (_, i, j) in pairs)
            {
                if (goldTaken[i] || predTaken[j]) continue;
                goldTaken[i] = predTaken[j] = true;
                matched++;
                var gi = g[i];
                var pj = p[j];
                kinds[gi.Kind] = kinds[gi.Kind] with { MatchedGold = kinds[gi.Kind].MatchedGold + 1 };
                kinds[pj.Kind] = kinds[pj.Kind] with { MatchedPredicted = kinds[pj.Kind].MatchedPredicted + 1 };
                if (Trim(article.Text, gi.Start, gi.End) == Trim(article.Text, pj.Start, pj.End)) exact++;
                if (Agrees(gi.Cue, pj.Cue)) cueOk++;
                else errors.Add(new QuoteCorpusError(article.Name, "cue-wrong", pj.Start, pj.End, pj.Cue?.Start, pj.Cue?.End, gi.Cue.Count > 0 ? $"{gi.Cue[0].Start}-{gi.Cue[^1].End}" : null));
                if (Agrees(gi.Source, pj.Source)) sourceOk++;
                else errors.Add(new QuoteCorpusError(article.Name, "source-wrong", pj.Start, pj.End, pj.Source?.Start, pj.Source?.End, gi.Source is { } gs ? $"{gs[0].Start}-{gs[^1].End}" : null));
            }

            for (int i = 0; i < g.Count; i++)
                if (!goldTaken[i]) errors.Add(new QuoteCorpusError(article.Name, "fn-" + g[i].Kind.ToString().ToLowerInvariant(), g[i].Start, g[i].End, null, null, g[i].Cue.Count > 0 ? $"{g[i].Cue[0].Start}-{g[i].Cue[^1].End}" : null));
            for (int j = 0; j < p.Count; j++)
                if (!predTaken[j]) errors.Add(new QuoteCorpusError(article.Name, "fp-" + p[j].Kind.ToString().ToLowerInvariant(), p[j].Start, p[j].End, p[j].Cue?.Start, p[j].Cue?.End, null));
        }

        return new AttributionCorpusReport(gold, predicted, matched, exact, cueOk, sourceOk, kinds, errors);
    }

    private static (int, int) Trim(string text, int s, int e)
    {
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or ',')) e--;
        return (s, e);
    }

    private static bool Agrees(IReadOnlyList<TextRange>? gold, AttributionSpan? predicted)
    {
        if (gold is not { Count: > 0 }) return predicted is null;
        if (predicted is null) return false;
        foreach (var r in gold)
            if (r.Start < predicted.End && predicted.Start < r.End) return true;
        return false;
    }
}
