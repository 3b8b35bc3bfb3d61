namespace FactExtract.Corpus;

/// <summary>
/// What a batch of results says, at a glance: totals, the most mentioned organisations over time, who is quoted most,
/// which months the articles talk about and which organisations appear together. Immutable; built by
/// <see cref="CorpusSummaryBuilder"/> in bounded memory, serialised by <see cref="CorpusSummaryJson"/>.
/// </summary>
/// <param name="Documents">Results aggregated (failed documents and skipped lines excluded).</param>
/// <param name="Tokens">Tokens over the documents that reported a count; null when none did (the extract output has none).</param>
/// <param name="Failures">Documents that failed: lines of the errors file plus results carrying an error.</param>
/// <param name="SkippedLines">Input lines that were not a result (truncated, malformed) and so were skipped.</param>
/// <param name="WithoutReferenceDate">Documents without a reference date: counted everywhere except the per-month series.</param>
/// <param name="Entities">Entity mentions of every label.</param>
/// <param name="Dates">Date mentions.</param>
/// <param name="Quotations">Quotations, attributed or not.</param>
/// <param name="Attributions">Attributions, when the results carry an <c>attributions</c> array; null when none did.</param>
/// <param name="Organisations">The most mentioned organisations, most first.</param>
/// <param name="Speakers">The most quoted speakers, most first.</param>
/// <param name="TalkedAbout">How many resolved date values fall in each month (what the articles talk about), by month.</param>
/// <param name="Published">How many documents have a reference date in each month (when they were written), by month.</param>
/// <param name="CoMentions">Organisation pairs named in the same articles, most shared articles first.</param>
/// <param name="Failed">The first failures, for the reader to look at (bounded).</param>
/// <param name="Approximate">True when a table hit its cap and pruned its long tail: counts are then lower bounds.</param>
public sealed record CorpusSummary(
    long Documents,
    long? Tokens,
    long Failures,
    long SkippedLines,
    long WithoutReferenceDate,
    long Entities,
    long Dates,
    long Quotations,
    long? Attributions,
    IReadOnlyList<OrganisationSummary> Organisations,
    IReadOnlyList<SpeakerSummary> Speakers,
    IReadOnlyList<MonthCount> TalkedAbout,
    IReadOnlyList<MonthCount> Published,
    IReadOnlyList<CoMention> CoMentions,
    IReadOnlyList<FailureSample> Failed,
    bool Approximate);
