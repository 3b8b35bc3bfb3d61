namespace FactExtract.Cluster;

/// <summary>The outcomes of one batch, and which silo produced them (for the run summary).</summary>
[GenerateSerializer, Immutable]
public sealed record BatchOutcome
{
    /// <summary>One outcome per document sent, keyed by document id.</summary>
    [Id(0)] public required DocumentOutcome[] Documents { get; init; }

    /// <summary>The identity of the silo that ran the batch.</summary>
    [Id(1)] public required string Silo { get; init; }
}
