using System.Net;
using System.Net.Sockets;
using FactExtract.Cluster.Postgres;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FactExtract.Cluster.Tests;

/// <summary>No PostgreSQL needed: a port on loopback that nothing listens on.</summary>
public class PostgresUnreachableTests
{
    [Fact]
    public async Task SiloTableNamesTheServerItCannotReach()
    {
        int port = ClosedPort();
        var membership = Membership.Postgres.FromConnectionString($"Host=127.0.0.1;Port={port};Username=orleans;Password=hunter2;Database=news;Timeout=5");
        await using var table = new PostgresMembershipTable(membership, Options.Create(new ClusterOptions { ClusterId = "c" }));
        var error = await Assert.ThrowsAsync<MembershipStoreUnreachableException>(() => table.InitializeMembershipTable(true));
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("database news", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientRunFailsFastNamingTheServer()
    {
        int port = ClosedPort();
        var options = new ClusterExtractionOptions { Membership = $"postgres:Host=127.0.0.1;Port={port};Username=orleans;Timeout=5", ConnectTimeout = TimeSpan.FromSeconds(60) };
        var documents = TestDocuments.Generate(2);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ClusterExtraction.RunAsync(documents, options, (_, _) => Task.CompletedTask, (_, _) => { }, CancellationToken.None));
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"gave up after {clock.Elapsed}; an unreachable database is not worth waiting for");
    }

    private static int ClosedPort()
    {
        // Bind then release: nothing listens there afterwards (a race with other processes is harmless here).
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        int port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }
}
