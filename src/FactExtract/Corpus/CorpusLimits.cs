namespace FactExtract.Corpus;

/// <summary>
/// The bounds that keep a <see cref="CorpusSummaryBuilder"/> small whatever the corpus size. The defaults hold a few tens
/// of megabytes at most (the speakers' example quotations dominate) and were checked on 100,000 documents.
/// </summary>
public sealed record CorpusLimits
{
    /// <summary>The defaults.</summary>
    public static readonly CorpusLimits Default = new();

    /// <summary>Rows kept in each table of the summary (organisations, speakers, co-mentions).</summary>
    public int Top { get; init; } = 25;

    /// <summary>Organisations tracked while aggregating; above it the least mentioned half is pruned.</summary>
    public int OrganisationCap { get; init; } = 20_000;

    /// <summary>Speakers tracked while aggregating; above it the least quoted half is pruned.</summary>
    public int SpeakerCap { get; init; } = 10_000;

    /// <summary>Organisation pairs tracked while aggregating; above it the rarest half is pruned.</summary>
    public int PairCap { get; init; } = 50_000;

    /// <summary>Example quotations kept per speaker (the first ones seen).</summary>
    public int QuotesPerSpeaker { get; init; } = 5;

    /// <summary>Characters kept of an example quotation; longer ones are cut with an ellipsis.</summary>
    public int QuoteLength { get; init; } = 300;

    /// <summary>Organisations per article that pair up: the most mentioned ones, since pairs grow as the square.</summary>
    public int PairsFromTopOrganisations { get; init; } = 20;

    /// <summary>Article ids kept per organisation, to link to.</summary>
    public int DocumentsPerOrganisation { get; init; } = 3;

    /// <summary>Months kept in one organisation's series; a month first seen past it is left out of the series (not the totals).</summary>
    public int MonthsPerOrganisation { get; init; } = 240;

    /// <summary>
    /// Characters kept of a name, a document id or an error: longer ones are cut, so that a runaway value (a whole
    /// article read as a name) cannot make the tables large. Names cut alike are counted together.
    /// </summary>
    public int NameLength { get; init; } = 300;

    /// <summary>Failures kept as examples.</summary>
    public int FailureSamples { get; init; } = 20;
}
