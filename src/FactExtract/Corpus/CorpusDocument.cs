namespace FactExtract.Corpus;

/// <summary>
/// The part of one result a corpus summary needs: small enough to hold one at a time while streaming, and buildable
/// both from an <see cref="ExtractionResult"/> and from a line of <c>extract --format jsonl</c> output (old or new).
/// </summary>
/// <param name="Id">The document identifier.</param>
/// <param name="ReferenceDate">The article's reference date, when it has one.</param>
/// <param name="Tokens">Its token count, when the result carries one.</param>
/// <param name="Entities">Entity mentions of every label.</param>
/// <param name="Dates">Date mentions.</param>
/// <param name="Attributions">Attributions, when the result carries an <c>attributions</c> array.</param>
/// <param name="OrganisationMentions">Canonical names of its ORG mentions, one item per mention.</param>
/// <param name="DateValues">The resolved values of its date mentions (TIMEX3, e.g. <c>2015-11-30</c>).</param>
/// <param name="Quotes">Its quotations with their speakers.</param>
public sealed record CorpusDocument(
    string Id,
    DateOnly? ReferenceDate,
    int? Tokens,
    int Entities,
    int Dates,
    int? Attributions,
    IReadOnlyList<string> OrganisationMentions,
    IReadOnlyList<string> DateValues,
    IReadOnlyList<CorpusQuote> Quotes)
{
    /// <summary>The summary's view of a result of this library.</summary>
    /// <param name="result">A result; a failed one still counts its (empty) lists.</param>
    public static CorpusDocument From(ExtractionResult result) => new(
        result.Id,
        result.ReferenceDate,
        null,
        result.Entities.Count,
        result.Dates.Count,
        null,
        result.Entities.Where(e => e.Label == "ORG").Select(e => e.Canonical).ToList(),
        result.Dates.Select(d => d.Value).ToList(),
        result.Quotes.Select(q => new CorpusQuote(q.Speaker, q.Text)).ToList());
}

/// <summary>A quotation and who it is attributed to.</summary>
/// <param name="Speaker">The resolved speaker, or null when the text attributes it to no one.</param>
/// <param name="Text">The quotation.</param>
public sealed record CorpusQuote(string? Speaker, string Text);
