using System.Net;
using FactExtract.Cluster.Postgres;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace FactExtract.Cluster;

/// <summary>Connects an Orleans client to a FactExtract cluster.</summary>
internal static class ClusterClient
{
    public static async Task<IHost> ConnectAsync(ClusterExtractionOptions options, GatewayLossSignal gatewayLoss, CancellationToken cancellationToken)
    {
        var membership = Cluster.Membership.Parse(options.Membership);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        SiloHost.ConfigureLogging(builder.Logging);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = ClusterExtractionOptions.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = options.BatchTimeout);
            client.AddGatewayCountChangedHandler((_, e) => gatewayLoss.OnGatewayCountChanged(e.NumberOfConnectedGateways, e.PreviousNumberOfConnectedGateways));
            switch (membership)
            {
                case Cluster.Membership.Localhost local:
                    client.UseStaticClustering(local.GatewayPorts.Select(p => new IPEndPoint(IPAddress.Loopback, p)).ToArray());
                    break;
                case Cluster.Membership.Redis redis:
                    client.UseRedisClustering(redis.Configuration);
                    break;
                case Cluster.Membership.Postgres postgres:
                    client.UsePostgresClustering(postgres);
                    break;
            }

            var deadline = DateTime.UtcNow + options.ConnectTimeout;
            client.UseConnectionRetryFilter(async (error, ct) =>
            {
                // Waiting helps while silos start, not when the membership database refuses us.
                if (DateTime.UtcNow >= deadline || IsUnreachableStore(error)) return false;
                await Task.Delay(500, ct).ConfigureAwait(false);
                return true;
            });
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static bool IsUnreachableStore(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is MembershipStoreUnreachableException) return true;
        }

        return false;
    }
}
