namespace FactExtract;

/// <summary>How much of an attributed content is inside quote marks.</summary>
public enum AttributionKind
{
    /// <summary>The content is wholly inside quote marks (a direct quotation).</summary>
    Direct,

    /// <summary>The content is partly quoted.</summary>
    Mixed,

    /// <summary>The content has no quote marks (reported speech).</summary>
    Indirect,
}

/// <summary>A stretch of the text: its words and offsets.</summary>
/// <param name="Text">The covered text.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
public sealed record AttributionSpan(string Text, int Start, int End);

/// <summary>
/// A statement or belief the article attributes to someone: the content, the cue that signals the
/// attribution and the source it is attributed to (PolNeAR's source–cue–content triple).
/// </summary>
/// <param name="Kind">Direct, mixed or indirect, from the quote marks in the content.</param>
/// <param name="Text">The content, including its quote marks when quoted.</param>
/// <param name="Start">Offset of the content's first character.</param>
/// <param name="End">Offset just past the content (exclusive).</param>
/// <param name="Cue">The words that signal the attribution ("said", "according to"), or null when none is written.</param>
/// <param name="Source">The mention the content is attributed to (may be a pronoun or a description), or null.</param>
/// <param name="Speaker">The source resolved to a name, as <see cref="Quotation.Speaker"/>, or null.</param>
public sealed record AttributionMention(
    AttributionKind Kind,
    string Text,
    int Start,
    int End,
    AttributionSpan? Cue,
    AttributionSpan? Source,
    string? Speaker)
{
    private readonly IReadOnlyList<AttributionSpan>? _parts;

    /// <summary>
    /// The content's pieces, in text order. A quotation split by its attribution ("“A,” she said. “B.”") is one
    /// attribution of two pieces, as PolNeAR annotates it; <see cref="Start"/> and <see cref="End"/> then run from the
    /// first piece to the last, and each piece is one of the article's <see cref="Quotation"/>s. Otherwise the one
    /// piece is the content itself.
    /// </summary>
    public IReadOnlyList<AttributionSpan> Parts
    {
        get => _parts ?? [new AttributionSpan(Text, Start, End)];
        init => _parts = value;
    }

    /// <summary>The kind as the output contract writes it: <c>direct</c>, <c>mixed</c> or <c>indirect</c>.</summary>
    public string KindName => Kind switch
    {
        AttributionKind.Direct => "direct",
        AttributionKind.Mixed => "mixed",
        _ => "indirect",
    };
}
