namespace FactExtract.Corpus;

/// <summary>
/// Aggregates results one at a time into a <see cref="CorpusSummary"/>. Memory is bounded by <see cref="CorpusLimits"/>,
/// not by the number of documents: totals are plain counters, and the per-name tables keep at most a cap of entries,
/// pruning their least counted half when they reach it (see <see cref="CorpusSummary.Approximate"/>). Not thread-safe:
/// one builder per reader, as it is fed from a single stream.
/// </summary>
public sealed class CorpusSummaryBuilder
{
    private readonly CorpusLimits _limits;
    private readonly BoundedTable<OrganisationTally> _organisations;
    private readonly BoundedTable<SpeakerTally> _speakers;
    private readonly BoundedTable<PairTally> _pairs;
    // Bounded without pruning: Month.TryParse admits 2,000 years, so at most 24,000 keys.
    private readonly Dictionary<int, long> _talkedAbout = new();
    private readonly Dictionary<int, long> _published = new();
    private readonly List<FailureSample> _failed = new();
    private long _documents, _tokens, _failures, _skipped, _withoutReferenceDate, _entities, _dates, _quotations, _attributions;
    private bool _hasTokens, _hasAttributions;

    /// <summary>A builder with the given bounds.</summary>
    /// <param name="limits">The bounds; <see cref="CorpusLimits.Default"/> when null.</param>
    public CorpusSummaryBuilder(CorpusLimits? limits = null)
    {
        _limits = limits ?? CorpusLimits.Default;
        _organisations = new(_limits.OrganisationCap, o => o.Mentions);
        _speakers = new(_limits.SpeakerCap, s => s.Quotations);
        _pairs = new(_limits.PairCap, p => p.Articles);
    }

    /// <summary>Documents added so far.</summary>
    public long Documents => _documents;

    /// <summary>Adds one result.</summary>
    /// <param name="result">A result of this library; a failed one counts as a failure only.</param>
    public void Add(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Error is not null) AddFailure(result.Id, result.Error);
        else Add(CorpusDocument.From(result));
    }

    /// <summary>Adds one document.</summary>
    /// <param name="document">The document's counts and names.</param>
    public void Add(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents++;
        _entities += document.Entities;
        _dates += document.Dates;
        _quotations += document.Quotes.Count;
        if (document.Tokens is { } tokens) { _tokens += tokens; _hasTokens = true; }
        if (document.Attributions is { } attributions) { _attributions += attributions; _hasAttributions = true; }

        int? month = document.ReferenceDate is { } rd ? Month.Of(rd) : null;
        if (month is { } published) Increment(_published, published, 1);
        else _withoutReferenceDate++;

        foreach (var value in document.DateValues)
            if (Month.TryParse(value, out var talkedAbout)) Increment(_talkedAbout, talkedAbout, 1);

        AddOrganisations(document, month);
        AddSpeakers(document);
    }

    /// <summary>Counts a document that failed, keeping the first few as examples.</summary>
    /// <param name="id">The document.</param>
    /// <param name="error">Why it failed.</param>
    public void AddFailure(string id, string error)
    {
        _failures++;
        if (_failed.Count < _limits.FailureSamples) _failed.Add(new FailureSample(Clip(id), Shorten(error, _limits.NameLength * 4)));
    }

    /// <summary>Counts an input line that was not a result (truncated or malformed).</summary>
    public void AddSkippedLine() => _skipped++;

    /// <summary>The summary of everything added so far; the builder can go on adding afterwards.</summary>
    public CorpusSummary Build()
    {
        var top = Math.Max(1, _limits.Top);
        var organisations = _organisations.Top(top)
            .Select(e => new OrganisationSummary(e.Key, e.Value.Mentions, e.Value.Articles, Series(e.Value.ByMonth), e.Value.DocumentIds.ToArray()))
            .ToArray();
        var speakers = _speakers.Top(top)
            .Select(e => new SpeakerSummary(e.Key, e.Value.Quotations, e.Value.Articles, e.Value.Quotes.ToArray()))
            .ToArray();
        var pairs = _pairs.Top(top)
            .Select(e => new CoMention(e.Value.First, e.Value.Second, e.Value.Articles))
            .ToArray();
        return new CorpusSummary(
            _documents,
            _hasTokens ? _tokens : null,
            _failures,
            _skipped,
            _withoutReferenceDate,
            _entities,
            _dates,
            _quotations,
            _hasAttributions ? _attributions : null,
            organisations,
            speakers,
            Series(_talkedAbout),
            Series(_published),
            pairs,
            _failed.ToArray(),
            _organisations.Pruned || _speakers.Pruned || _pairs.Pruned);
    }

    private void AddOrganisations(CorpusDocument document, int? month)
    {
        if (document.OrganisationMentions.Count == 0) return;
        var inArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in document.OrganisationMentions)
        {
            if (string.IsNullOrWhiteSpace(mention)) continue;
            var name = Clip(mention);
            inArticle[name] = inArticle.GetValueOrDefault(name) + 1;
        }

        var id = Clip(document.Id);

        foreach (var (name, mentions) in inArticle)
        {
            var tally = _organisations.GetOrAdd(name, () => new OrganisationTally());
            tally.Mentions += mentions;
            tally.Articles++;
            if (tally.DocumentIds.Count < _limits.DocumentsPerOrganisation) tally.DocumentIds.Add(id);
            if (month is { } m && (tally.ByMonth.ContainsKey(m) || tally.ByMonth.Count < _limits.MonthsPerOrganisation))
                Increment(tally.ByMonth, m, mentions);
        }

        // Pairs grow as the square of the names, so only the article's most mentioned names pair up.
        var names = inArticle.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(_limits.PairsFromTopOrganisations).Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
        for (int i = 0; i < names.Length; i++)
            for (int j = i + 1; j < names.Length; j++)
            {
                var (first, second) = (names[i], names[j]);
                _pairs.GetOrAdd(first + "\u0000" + second, () => new PairTally(first, second)).Articles++;
            }
    }

    private void AddSpeakers(CorpusDocument document)
    {
        HashSet<string>? seen = null;
        string? id = null;
        foreach (var quote in document.Quotes)
        {
            if (string.IsNullOrWhiteSpace(quote.Speaker)) continue;
            var speaker = Clip(quote.Speaker);
            var tally = _speakers.GetOrAdd(speaker, () => new SpeakerTally());
            tally.Quotations++;
            if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(speaker)) tally.Articles++;
            if (tally.Quotes.Count < _limits.QuotesPerSpeaker)
                tally.Quotes.Add(new QuoteSample(Shorten(quote.Text, _limits.QuoteLength), id ??= Clip(document.Id), document.ReferenceDate));
        }
    }

    private string Clip(string s) => s.Length <= _limits.NameLength ? s : s[.._limits.NameLength];

    private static string Shorten(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, Math.Max(0, length - 1)), "…");

    private static void Increment(Dictionary<int, long> counts, int key, long by) =>
        counts[key] = counts.GetValueOrDefault(key) + by;

    private static MonthCount[] Series(Dictionary<int, long> counts) =>
        counts.OrderBy(e => e.Key).Select(e => new MonthCount(Month.Format(e.Key), e.Value)).ToArray();

    private sealed class OrganisationTally
    {
        public long Mentions;
        public long Articles;
        public readonly Dictionary<int, long> ByMonth = new();
        public readonly List<string> DocumentIds = new();
    }

    private sealed class SpeakerTally
    {
        public long Quotations;
        public long Articles;
        public readonly List<QuoteSample> Quotes = new();
    }

    private sealed class PairTally(string first, string second)
    {
        public readonly string First = first;
        public readonly string Second = second;
        public long Articles;
    }
}
