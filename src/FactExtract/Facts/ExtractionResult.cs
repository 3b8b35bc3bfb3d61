namespace FactExtract;

/// <summary>
/// Everything extracted from one document. Immutable; every offset points into
/// <see cref="Text"/> (the input text with a leading BOM removed).
/// </summary>
public sealed record ExtractionResult
{
    /// <summary>The document identifier given with the input.</summary>
    public required string Id { get; init; }

    /// <summary>Where the document came from, when known.</summary>
    public string? Source { get; init; }

    /// <summary>The text all offsets refer to.</summary>
    public required string Text { get; init; }

    /// <summary>The date relative expressions were resolved against, or null when none was given or found.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Named entities other than dates and times, in text order.</summary>
    public required IReadOnlyList<EntityMention> Entities { get; init; }

    /// <summary>Temporal expressions, in text order.</summary>
    public required IReadOnlyList<DateMention> Dates { get; init; }

    /// <summary>Direct quotations, in text order.</summary>
    public required IReadOnlyList<Quotation> Quotes { get; init; }

    /// <summary>
    /// Every attribution — direct quotations (the same spans and speakers as <see cref="Quotes"/>, except those a
    /// mixed content takes in), mixed and indirect (reported) speech — with its cue and source, in text order.
    /// </summary>
    public IReadOnlyList<AttributionMention> Attributions { get; init; } = Array.Empty<AttributionMention>();

    /// <summary>The summary a reader wants first: organisations, timeline, who said what.</summary>
    public ArticleFacts Facts { get; init; } = ArticleFacts.Empty;

    /// <summary>
    /// Null when every stage ran. Otherwise why this document could not be processed, naming the stage and the
    /// exception type (<c>stage DateTagger failed: NullReferenceException: ...</c>); the lists are then empty, so a
    /// caller never sees a half-annotated document. <see cref="FactExtractor.Extract(string, DateOnly?)"/> reports a
    /// failure here instead of throwing, the same wording <see cref="BatchResult.Error"/> gives in a batch.
    /// </summary>
    public string? Error { get; init; }

    /// <summary>Whether every stage ran (<see cref="Error"/> is null).</summary>
    public bool Succeeded => Error is null;
}
