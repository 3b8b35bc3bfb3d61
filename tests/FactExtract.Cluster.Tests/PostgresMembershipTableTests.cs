using System.Net;
using FactExtract.Cluster.Postgres;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;

namespace FactExtract.Cluster.Tests;

/// <summary>The membership table contract Orleans relies on, against a real PostgreSQL server (each test its own cluster id).</summary>
public sealed class PostgresMembershipTableTests : IAsyncLifetime
{
    private readonly string clusterId = "test-" + Guid.NewGuid().ToString("N");
    private PostgresMembershipTable table = null!;

    public async Task InitializeAsync()
    {
        // Only [PostgresFact] tests construct this class, and they are skipped unless the connection string is set.
        var connectionString = PostgresFactAttribute.ConnectionString
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} is not set: only [PostgresFact] tests belong in this class");
        table = new PostgresMembershipTable(Membership.Postgres.FromConnectionString(connectionString), Options.Create(new ClusterOptions { ClusterId = clusterId }));
        await table.InitializeMembershipTable(true);
    }

    public async Task DisposeAsync()
    {
        if (table is not null) // null when InitializeAsync failed before creating it
        {
            await table.DeleteMembershipTableEntries(clusterId);
            await table.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task InsertAddsTheRowAndMovesTheVersion()
    {
        var empty = await table.ReadAll();
        Assert.Empty(empty.Members);
        var entry = Entry(11111, SiloStatus.Joining);
        Assert.True(await table.InsertRow(entry, empty.Version.Next()));

        var after = await table.ReadAll();
        Assert.Equal(empty.Version.Version + 1, after.Version.Version);
        Assert.NotEqual(empty.Version.VersionEtag, after.Version.VersionEtag);
        var (read, _) = Assert.Single(after.Members);
        Assert.Equal(entry.SiloAddress, read.SiloAddress);
        Assert.Equal(SiloStatus.Joining, read.Status);
        Assert.Equal(entry.ProxyPort, read.ProxyPort);
        Assert.Equal(entry.SiloName, read.SiloName);
    }

    [PostgresFact]
    public async Task InsertFailsOnAStaleVersionOrAnExistingSilo()
    {
        var start = await table.ReadAll();
        Assert.True(await table.InsertRow(Entry(11111, SiloStatus.Joining), start.Version.Next()));
        Assert.False(await table.InsertRow(Entry(11112, SiloStatus.Joining), start.Version.Next())); // etag moved on

        var now = await table.ReadAll();
        var again = Entry(11111, SiloStatus.Joining);
        again.SiloAddress = now.Members[0].Item1.SiloAddress;
        Assert.False(await table.InsertRow(again, now.Version.Next()));
        Assert.Equal(now.Version, (await table.ReadAll()).Version); // nothing written by the failed insert
    }

    [PostgresFact]
    public async Task UpdateNeedsCurrentEtagsButHeartbeatsDoNotMoveThem()
    {
        Assert.True(await table.InsertRow(Entry(11111, SiloStatus.Joining), (await table.ReadAll()).Version.Next()));
        var read = await table.ReadAll();
        var (entry, etag) = read.Members[0];

        var alive = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        entry.IAmAliveTime = alive;
        await table.UpdateIAmAlive(entry);
        var afterBeat = await table.ReadRow(entry.SiloAddress);
        Assert.Equal(alive, afterBeat.Members[0].Item1.IAmAliveTime);
        Assert.Equal(read.Version, afterBeat.Version);

        var voter = SiloAddress.New(IPAddress.Loopback, 22222, 7);
        entry.Status = SiloStatus.Active;
        entry.AddSuspector(voter, alive);
        Assert.True(await table.UpdateRow(entry, etag, read.Version.Next()));
        Assert.False(await table.UpdateRow(entry, etag, read.Version.Next())); // both etags are stale now

        var updated = (await table.ReadRow(entry.SiloAddress)).Members[0].Item1;
        Assert.Equal(SiloStatus.Active, updated.Status);
        var (suspecter, when) = Assert.Single(updated.SuspectTimes!);
        Assert.Equal(voter, suspecter);
        Assert.Equal(alive, when);
    }

    [PostgresFact]
    public async Task ConcurrentWritersOnOneVersionHaveOneWinner()
    {
        var start = await table.ReadAll();
        var attempts = Enumerable.Range(0, 8).Select(i => table.InsertRow(Entry(12000 + i, SiloStatus.Joining), start.Version.Next()));
        var won = await Task.WhenAll(attempts);
        Assert.Equal(1, won.Count(w => w));
        Assert.Single((await table.ReadAll()).Members);
    }

    [PostgresFact]
    public async Task GatewaysAreTheActiveSilosProxyPorts()
    {
        var joining = Entry(11111, SiloStatus.Joining);
        var active = Entry(11112, SiloStatus.Active);
        Assert.True(await table.InsertRow(joining, (await table.ReadAll()).Version.Next()));
        Assert.True(await table.InsertRow(active, (await table.ReadAll()).Version.Next()));

        await using var gateways = new PostgresGatewayListProvider(
            Membership.Postgres.FromConnectionString(PostgresFactAttribute.ConnectionString!),
            Options.Create(new ClusterOptions { ClusterId = clusterId }),
            Options.Create(new GatewayOptions()));
        await gateways.InitializeGatewayListProvider();
        var uri = Assert.Single(await gateways.GetGateways());
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, active.ProxyPort), Utils.ToIPEndPoint(uri));
    }

    [PostgresFact]
    public async Task CleanupRemovesOnlyDeadSilosNotHeardFromSince()
    {
        var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var dead = Entry(11111, SiloStatus.Dead, longAgo);
        var recentlyDead = Entry(11112, SiloStatus.Dead, DateTime.UtcNow);
        var active = Entry(11113, SiloStatus.Active, longAgo);
        foreach (var entry in new[] { dead, recentlyDead, active })
            Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));

        await table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow.AddHours(-1));
        var left = (await table.ReadAll()).Members.Select(m => m.Item1.SiloAddress).ToHashSet();
        Assert.Equal(new[] { recentlyDead.SiloAddress, active.SiloAddress }.ToHashSet(), left);
    }

    private static MembershipEntry Entry(int port, SiloStatus status, DateTime? time = null)
    {
        var when = time ?? DateTime.UtcNow;
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 1_000 + port),
            Status = status,
            ProxyPort = port + 10_000,
            HostName = "test-host",
            SiloName = $"silo-{port}",
            RoleName = "factextract",
            StartTime = when,
            IAmAliveTime = when,
            SuspectTimes = [],
        };
    }
}
