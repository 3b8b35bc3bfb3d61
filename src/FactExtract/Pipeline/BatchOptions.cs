namespace FactExtract;

/// <summary>How <see cref="FactExtractor.ExtractAllAsync(IAsyncEnumerable{Document}, BatchOptions?, CancellationToken)"/> runs a batch. Immutable.</summary>
public sealed record BatchOptions
{
    /// <summary>The defaults: every core, results in input order.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>How many documents are processed at once; null (the default) uses every core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Whether results come out in input order (the default). When false each result comes out as soon as
    /// it is ready, which keeps all workers busy when documents differ greatly in size.
    /// </summary>
    public bool PreserveOrder { get; init; } = true;

    /// <summary>
    /// How many documents may be read ahead of the slowest one still being processed, per worker (default 64); it bounds
    /// the memory a batch holds whatever the size of its input.
    /// </summary>
    public int ReadAheadPerWorker { get; init; } = 64;

    internal int Workers => Math.Max(1, MaxDegreeOfParallelism ?? Environment.ProcessorCount);

    internal int Window => Workers * Math.Max(1, ReadAheadPerWorker);
}
