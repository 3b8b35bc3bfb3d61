namespace FactExtract.Cluster;

/// <summary>How a cluster run talks to the cluster and how hard it pushes.</summary>
public sealed record ClusterExtractionOptions
{
    /// <summary>The cluster id silos and clients use unless told otherwise.</summary>
    public const string DefaultClusterId = "factextract";

    /// <summary>The Orleans service id of every FactExtract cluster.</summary>
    public const string ServiceId = "factextract";

    /// <summary>How to find the cluster: <c>localhost</c>, <c>redis:HOST:PORT</c> or <c>postgres:CONNSTRING</c> (see <see cref="Cluster.Membership"/>).</summary>
    public string Membership { get; init; } = "localhost";

    /// <summary>Must equal the silos' <c>--cluster-id</c>.</summary>
    public string ClusterId { get; init; } = DefaultClusterId;

    /// <summary>Documents per grain call.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Batches sent but not yet written; bounds memory and the work lost with a silo.</summary>
    public int MaxBatchesInFlight { get; init; } = 8;

    /// <summary>A batch not answered within this time is sent again (to another silo when one is left).</summary>
    public TimeSpan BatchTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per batch before its documents are reported as failed.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>How long the client keeps trying to reach a gateway at start.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Told about every failed attempt (batch number, attempt from 0, reason); null to stay quiet.</summary>
    public Action<long, int, string>? OnRetry { get; init; }

    internal void Validate()
    {
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "must be at least 1");
        if (MaxBatchesInFlight < 1) throw new ArgumentOutOfRangeException(nameof(MaxBatchesInFlight), MaxBatchesInFlight, "must be at least 1");
        if (MaxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "must be at least 1");
        if (BatchTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(BatchTimeout), BatchTimeout, "must be positive");
    }
}
