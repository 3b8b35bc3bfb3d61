using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using FactExtract.Cluster;
using FactExtract.Input;

namespace FactExtract.Cli.Commands;

/// <summary>
/// <c>factextract silo</c> starts a cluster node; <c>factextract cluster-extract</c> (hidden, for
/// scripts until <c>extract --cluster</c> lands) runs an extraction on a cluster and writes JSON Lines.
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

    public static Command CreateClusterExtract()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders (recursive) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var membership = MembershipOption();
        var clusterId = ClusterIdOption();
        var output = new Option<string?>("--out") { Description = "Output JSON Lines file. Default: standard output." };
        var referenceDate = new Option<string?>("--reference-date") { Description = "Resolve relative dates against this date (YYYY-MM-DD)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per grain call.", DefaultValueFactory = _ => 32 };
        var inFlight = new Option<int>("--in-flight") { Description = "Batches sent but not yet written.", DefaultValueFactory = _ => 8 };
        var timeout = new Option<double>("--batch-timeout") { Description = "Seconds before an unanswered batch is sent again.", DefaultValueFactory = _ => 60 };

        var command = new Command("cluster-extract", "Run extraction on a cluster of silos and write JSON Lines in input order (diagnostic; becomes extract --cluster).")
        {
            paths, membership, clusterId, output, referenceDate, batchSize, inFlight, timeout,
        };
        command.Hidden = true;
        command.SetAction((parse, ct) => RunClusterExtractAsync(
            parse.GetValue(paths)!,
            new ClusterExtractionOptions
            {
                Membership = parse.GetValue(membership)!,
                ClusterId = parse.GetValue(clusterId)!,
                BatchSize = parse.GetValue(batchSize),
                MaxBatchesInFlight = parse.GetValue(inFlight),
                BatchTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
            },
            parse.GetValue(output),
            parse.GetValue(referenceDate),
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

    private static async Task<int> RunClusterExtractAsync(string[] paths, ClusterExtractionOptions options, string? output, string? referenceDateText, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        DateOnly? referenceDate = null;
        if (referenceDateText is not null)
        {
            if (!DateOnly.TryParseExact(referenceDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                stderr.WriteLine($"error: --reference-date must be YYYY-MM-DD, got '{referenceDateText}'");
                return ExitCodes.BadUsage;
            }

            referenceDate = d;
        }

        try
        {
            Membership.Parse(options.Membership);
        }
        catch (FormatException ex)
        {
            stderr.WriteLine($"error: --membership: {ex.Message}");
            return ExitCodes.BadUsage;
        }

        foreach (var p in paths)
        {
            if (p != "-" && !File.Exists(p) && !Directory.Exists(p))
            {
                stderr.WriteLine($"error: {p}: no such file or folder");
                return ExitCodes.BadUsage;
            }
        }

        var items = DocumentReader.Read(paths);
        if (referenceDate is not null)
            items = items.Select(i => i.Document is null ? i : i with { Document = i.Document with { ReferenceDate = referenceDate } });

        var clock = Stopwatch.StartNew();
        options = options with { OnRetry = (batch, attempt, reason) => stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: batch {batch} attempt {attempt + 1} failed at {clock.Elapsed.TotalSeconds:0.00} s: {reason}")) };
        await using var sink = output is null ? Console.OpenStandardOutput() : new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        ClusterRunSummary summary;
        long written = 0;
        try
        {
            summary = await ClusterExtraction.RunAsync(
                items,
                options,
                (_, line) =>
                {
                    written++;
                    return sink.WriteAsync(line, ct).AsTask();
                },
                (id, error) => stderr.WriteLine($"error: {id}: {error}"),
                ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // Before any result this is an unreachable cluster or membership store (bad usage);
            // after, the run broke off (e.g. the output disk filled) and what was written stays valid.
            var firstLine = ex.Message.Split('\n')[0].TrimEnd('\r');
            stderr.WriteLine(written == 0
                ? $"error: cannot reach the cluster ({Membership.Display(options.Membership)}): {ex.GetType().Name}: {firstLine}"
                : $"error: cluster run broke off: {ex.GetType().Name}: {firstLine}");
            return written == 0 ? ExitCodes.BadUsage : ExitCodes.SomeDocumentsFailed;
        }

        await sink.FlushAsync(ct);
        double seconds = clock.Elapsed.TotalSeconds;
        var silos = string.Join(", ", summary.DocumentsPerSilo.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cluster: {summary.Documents} documents, {summary.Written} written, {summary.Failed} failed, {summary.Retries} retries in {seconds:0.00} s ({summary.Documents / Math.Max(seconds, 1e-9):0} docs/s); per silo: {silos}"));
        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeDocumentsFailed;
    }
}
