namespace FactExtract.Cluster;

/// <summary>
/// What a silo made of one document: the JSON Lines bytes the local run would write for it
/// (so cluster output equals local output byte for byte), or why it failed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DocumentOutcome
{
    /// <summary>The document's identifier.</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>The result as one line of JSON followed by a newline, or null when the document failed.</summary>
    [Id(1)] public byte[]? JsonLine { get; init; }

    /// <summary>Why the document failed, or null.</summary>
    [Id(2)] public string? Error { get; init; }
}
