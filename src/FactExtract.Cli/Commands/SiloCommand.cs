using System.CommandLine;
using System.Net;
using FactExtract.Cluster;

namespace FactExtract.Cli.Commands;

/// <summary>
/// <c>factextract silo</c> starts a cluster node for <c>extract --cluster</c>.
/// </summary>
internal static class SiloCommand
{
    public static Command Create()
    {
        var clusterId = ClusterIdOption();
        var port = new Option<int>("--port") { Description = "Port silos talk to each other on.", DefaultValueFactory = _ => Membership.DefaultPrimarySiloPort };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients connect to.", DefaultValueFactory = _ => Membership.DefaultGatewayPort };
        var membership = MembershipOption();
        var address = new Option<string>("--address") { Description = "Address other silos and clients reach this one at (redis or postgres membership).", DefaultValueFactory = _ => "127.0.0.1" };
        var parallel = new Option<int>("--parallel") { Description = "Batches this silo extracts at once (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var kubernetes = new Option<bool>("--kubernetes") { Description = "Running in a Kubernetes pod: address and cluster id from POD_IP, ORLEANS_CLUSTER_ID, ... (membership stays redis or postgres)." };

        var command = new Command("silo", "Start a cluster node (Microsoft Orleans silo) that extracts for `extract --cluster`; runs until Ctrl+C or SIGTERM.")
        {
            clusterId, port, gatewayPort, membership, address, parallel, kubernetes,
        };
        command.SetAction((parse, ct) => RunSiloAsync(
            parse.GetValue(clusterId)!,
            parse.GetValue(port),
            parse.GetValue(gatewayPort),
            parse.GetValue(membership)!,
            parse.GetValue(address)!,
            parse.GetValue(parallel),
            parse.GetValue(kubernetes),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            ct));
        return command;
    }

    private static Option<string> ClusterIdOption() =>
        new("--cluster-id") { Description = "Silos and clients with the same id form one cluster.", DefaultValueFactory = _ => ClusterExtractionOptions.DefaultClusterId };

    private static Option<string> MembershipOption() =>
        new("--membership") { Description = "localhost (development, one machine), redis:HOST:PORT or postgres:CONNSTRING (e.g. 'postgres:Host=db;Port=5432;Username=orleans;Database=factextract').", DefaultValueFactory = _ => "localhost" };

    private static async Task<int> RunSiloAsync(string clusterId, int port, int gatewayPort, string membershipText, string addressText, int parallel, bool kubernetes, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        Membership membership;
        try
        {
            membership = Membership.Parse(membershipText);
        }
        catch (FormatException ex)
        {
            stderr.WriteLine($"error: --membership: {ex.Message}");
            return ExitCodes.BadUsage;
        }

        if (kubernetes && membership is Membership.Localhost)
        {
            stderr.WriteLine("error: --kubernetes needs --membership redis:HOST:PORT or postgres:CONNSTRING");
            return ExitCodes.BadUsage;
        }

        if (!IPAddress.TryParse(addressText, out var address))
        {
            stderr.WriteLine($"error: --address must be an IP address, got '{addressText}'");
            return ExitCodes.BadUsage;
        }

        if (parallel < 1 || port is <= 0 or > 65535 || gatewayPort is <= 0 or > 65535)
        {
            stderr.WriteLine("error: --parallel must be at least 1 and ports between 1 and 65535");
            return ExitCodes.BadUsage;
        }

        var settings = new SiloSettings { ClusterId = clusterId, SiloPort = port, GatewayPort = gatewayPort, Membership = membership, AdvertisedAddress = address, Parallel = parallel, Kubernetes = kubernetes };
        try
        {
            await SiloHost.RunAsync(settings, stdout, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            stdout.WriteLine("silo stopped");
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // Typically the membership store is unreachable; its message names the server (never a password).
            stderr.WriteLine($"error: the silo could not start ({Membership.Display(membershipText)}): {ex.Message.Split('\n')[0].TrimEnd('\r')}");
            return ExitCodes.BadUsage;
        }

        return ExitCodes.Success;
    }
}
