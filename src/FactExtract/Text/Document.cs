namespace FactExtract;

/// <summary>
/// One input article: its identifier, its text and, when known, the date its relative
/// expressions ("yesterday", "next Friday") should be resolved against.
/// </summary>
/// <param name="Id">A caller-chosen identifier, echoed in every result and error message.</param>
/// <param name="Text">The article text. Offsets in results are UTF-16 code units into this string.</param>
public sealed record Document(string Id, string Text)
{
    /// <summary>The anchor for relative dates, when the caller knows it (publication date, dateline).</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Where the text came from (a path, a URL, a record number); informational only.</summary>
    public string? Source { get; init; }
}
