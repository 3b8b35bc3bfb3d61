namespace FactExtract;

/// <summary>The outcome of one document of a batch: its result, or the reason it failed. A failure never stops the batch.</summary>
/// <param name="Index">The document's 0-based position in the input.</param>
/// <param name="Id">The document's identifier.</param>
/// <param name="Result">The extraction result, or null when the document failed.</param>
/// <param name="Error">Why the document failed (unreadable input or an error while processing it), or null.</param>
public sealed record BatchResult(long Index, string Id, ExtractionResult? Result, string? Error)
{
    /// <summary>Whether the document was processed.</summary>
    public bool Succeeded => Result is not null;

    /// <summary>The number of tokens the document was split into (0 when it failed), for throughput figures.</summary>
    public int TokenCount { get; init; }

    /// <summary>The document's length in UTF-16 code units (0 when it failed), for throughput figures.</summary>
    public int CharCount { get; init; }
}
