using System.Net;

namespace FactExtract.Cluster;

/// <summary>What <c>factextract silo</c> was asked for.</summary>
public sealed record SiloSettings
{
    /// <summary>Silos (and clients) with the same cluster id form one cluster.</summary>
    public string ClusterId { get; init; } = ClusterExtractionOptions.DefaultClusterId;

    /// <summary>The port silos talk to each other on.</summary>
    public int SiloPort { get; init; } = Membership.DefaultPrimarySiloPort;

    /// <summary>The port clients connect to.</summary>
    public int GatewayPort { get; init; } = Membership.DefaultGatewayPort;

    /// <summary>How silos find each other.</summary>
    public required Membership Membership { get; init; }

    /// <summary>The address other silos and clients reach this one at (loopback by default).</summary>
    public IPAddress AdvertisedAddress { get; init; } = IPAddress.Loopback;

    /// <summary>
    /// Running in a Kubernetes pod: name, address and cluster id come from the pod
    /// (<c>POD_NAME</c>, <c>POD_NAMESPACE</c>, <c>POD_IP</c>, <c>ORLEANS_CLUSTER_ID</c>,
    /// <c>ORLEANS_SERVICE_ID</c> = <c>factextract</c>), and silos whose pods are gone are declared dead early.
    /// </summary>
    public bool Kubernetes { get; init; }

    /// <summary>How many batches this silo extracts at once.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;
}
