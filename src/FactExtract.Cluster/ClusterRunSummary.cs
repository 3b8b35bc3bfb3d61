namespace FactExtract.Cluster;

/// <summary>What a cluster run did.</summary>
/// <param name="Documents">Input items seen (documents and unreadable records).</param>
/// <param name="Written">Results delivered to the caller.</param>
/// <param name="Failed">Items reported as errors (unreadable, duplicate id, extraction error, batch given up).</param>
/// <param name="Retries">Batch attempts beyond the first (timeouts, lost silos).</param>
/// <param name="DocumentsPerSilo">Documents extracted by each silo, by silo identity.</param>
public sealed record ClusterRunSummary(long Documents, long Written, long Failed, long Retries, IReadOnlyDictionary<string, long> DocumentsPerSilo);
