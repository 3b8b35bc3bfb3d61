using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using FactExtract.Cluster.Postgres;
using Orleans.Configuration;

namespace FactExtract.Cluster;

/// <summary>Builds and runs a FactExtract silo.</summary>
public static class SiloHost
{
    /// <summary>Starts a silo, reports it on <paramref name="log"/>, and runs until Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>.</summary>
    /// <param name="settings">Ports, cluster id, membership and parallelism.</param>
    /// <param name="log">Where the one-line ready/stopped notices go.</param>
    /// <param name="cancellationToken">Stops the silo.</param>
    public static async Task RunAsync(SiloSettings settings, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        using var host = Build(settings);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        log.WriteLine($"silo ready: cluster {settings.ClusterId}, {settings.AdvertisedAddress}:{settings.SiloPort}, gateway {settings.GatewayPort}, parallel {settings.Parallel}, pid {Environment.ProcessId}");
        log.Flush();
        await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        log.WriteLine("silo stopped");
    }

    /// <summary>Builds (without starting) the host of one silo.</summary>
    /// <param name="settings">Ports, cluster id, membership and parallelism.</param>
    public static IHost Build(SiloSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        ConfigureLogging(builder.Logging);
        builder.UseOrleans(silo =>
        {
            switch (settings.Membership)
            {
                case Membership.Localhost:
                    silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, Membership.Localhost.PrimarySilo, ClusterExtractionOptions.ServiceId, settings.ClusterId);
                    break;
                case Membership.Redis redis:
                    silo.UseRedisClustering(redis.Configuration);
                    break;
                case Membership.Postgres postgres:
                    silo.UsePostgresClustering(postgres);
                    break;
            }

            if (settings.Kubernetes)
            {
                // Endpoints and cluster id come from the pod; clustering still goes through Redis or PostgreSQL.
                silo.Configure<EndpointOptions>(o =>
                {
                    o.SiloPort = settings.SiloPort;
                    o.GatewayPort = settings.GatewayPort;
                });
                silo.UseKubernetesHosting();
            }
            else
            {
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = settings.ClusterId;
                    o.ServiceId = ClusterExtractionOptions.ServiceId;
                });
                if (settings.Membership is Membership.Redis or Membership.Postgres)
                    silo.ConfigureEndpoints(settings.AdvertisedAddress, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: !settings.AdvertisedAddress.Equals(System.Net.IPAddress.Loopback));
            }

            AddExtraction(silo, settings.Parallel);
        });
        return builder.Build();
    }

    /// <summary>Registers what the extraction grain needs; also used by the in-process test cluster.</summary>
    /// <param name="silo">The silo being configured.</param>
    /// <param name="parallel">How many batches the silo extracts at once.</param>
    public static ISiloBuilder AddExtraction(ISiloBuilder silo, int parallel)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton(_ => FactExtractor.CreateDefault());
        silo.Services.AddSingleton(_ => new ExtractionThrottle(parallel));
        return silo;
    }

    internal static void ConfigureLogging(ILoggingBuilder logging)
    {
        // Orleans is chatty at Information; warnings and errors are what an operator needs.
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.AddFilter(level => level >= LogLevel.Warning);
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
