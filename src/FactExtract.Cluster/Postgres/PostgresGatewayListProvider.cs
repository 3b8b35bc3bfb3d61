using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime;

namespace FactExtract.Cluster.Postgres;

/// <summary>A client's list of live gateways, read from the PostgreSQL membership table: the active silos' proxy ports.</summary>
internal sealed class PostgresGatewayListProvider : IGatewayListProvider, IAsyncDisposable, IDisposable
{
    private readonly MembershipStore store;

    public PostgresGatewayListProvider(Membership.Postgres membership, IOptions<ClusterOptions> clusterOptions, IOptions<GatewayOptions> gatewayOptions)
    {
        ArgumentNullException.ThrowIfNull(clusterOptions);
        ArgumentNullException.ThrowIfNull(gatewayOptions);
        store = new MembershipStore(membership, clusterOptions.Value.ClusterId);
        MaxStaleness = gatewayOptions.Value.GatewayListRefreshPeriod;
    }

    public TimeSpan MaxStaleness { get; }

    public bool IsUpdatable => true;

    /// <summary>Creates the tables when no silo has yet, so an early client waits for gateways instead of failing on a missing table.</summary>
    public Task InitializeGatewayListProvider() => store.EnsureSchemaAsync(initVersion: false, CancellationToken.None);

    public async Task<IList<Uri>> GetGateways()
    {
        await using var connection = await store.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = store.Command(MembershipSql.ReadGateways, connection);
        command.Parameters.AddWithValue("status", (int)SiloStatus.Active);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var gateways = new List<Uri>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            var silo = SiloAddress.FromParsableString(reader.GetString(0));
            gateways.Add(Utils.ToGatewayUri(SiloAddress.New(silo.Endpoint.Address, reader.GetInt32(1), silo.Generation)));
        }

        return gateways;
    }

    public ValueTask DisposeAsync() => store.DisposeAsync();

    public void Dispose() => store.Dispose();
}
