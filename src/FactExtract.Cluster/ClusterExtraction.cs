using FactExtract.Input;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactExtract.Cluster;

/// <summary>
/// Runs extraction on a FactExtract cluster: the client entry point behind <c>extract --cluster</c>.
/// Results come back in input order as the exact JSON Lines bytes a local run writes.
/// </summary>
public static class ClusterExtraction
{
    /// <summary>Spreads <paramref name="items"/> over the cluster found through <paramref name="membership"/>.</summary>
    /// <param name="items">The input, as <see cref="DocumentReader"/> yields it.</param>
    /// <param name="membership"><c>localhost</c>, <c>localhost:GATEWAYPORT,...</c>, <c>redis:HOST:PORT</c> or <c>postgres:CONNSTRING</c>.</param>
    /// <param name="onResult">Called once per extracted document, in input order, with its JSON line (newline included).</param>
    /// <param name="onError">Called once per failed item (unreadable, duplicate id, extraction error), in input order.</param>
    /// <param name="maxBatchesInFlight">Batches sent but not yet delivered.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static Task<ClusterRunSummary> RunAsync(
        IEnumerable<InputItem> items,
        string membership,
        Func<string, ReadOnlyMemory<byte>, Task> onResult,
        Action<string, string> onError,
        int maxBatchesInFlight,
        CancellationToken cancellationToken = default) =>
        RunAsync(items, new ClusterExtractionOptions { Membership = membership, MaxBatchesInFlight = maxBatchesInFlight }, onResult, onError, cancellationToken);

    /// <summary>Spreads <paramref name="items"/> over the cluster named in <paramref name="options"/>.</summary>
    /// <param name="items">The input, as <see cref="DocumentReader"/> yields it.</param>
    /// <param name="options">Membership, cluster id, batch size, window, timeout and attempts.</param>
    /// <param name="onResult">Called once per extracted document, in input order, with its JSON line (newline included).</param>
    /// <param name="onError">Called once per failed item, in input order.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<ClusterRunSummary> RunAsync(
        IEnumerable<InputItem> items,
        ClusterExtractionOptions options,
        Func<string, ReadOnlyMemory<byte>, Task> onResult,
        Action<string, string> onError,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        using var gatewayLoss = new GatewayLossSignal();
        using var host = await ClusterClient.ConnectAsync(options, gatewayLoss, cancellationToken).ConfigureAwait(false);
        try
        {
            var client = host.Services.GetRequiredService<IClusterClient>();
            return await Run(client, items, options, onResult, onError, gatewayLoss, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await host.StopAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A client whose gateways are gone may not stop politely; the results are already out.
            }
        }
    }

    /// <summary>Runs over an already connected client (or an in-process test cluster's).</summary>
    /// <param name="grains">The client's grain factory.</param>
    /// <param name="items">The input.</param>
    /// <param name="options">Batch size, window, timeout and attempts (membership is not used here).</param>
    /// <param name="onResult">Called once per extracted document, in input order.</param>
    /// <param name="onError">Called once per failed item, in input order.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static Task<ClusterRunSummary> RunAsync(
        IGrainFactory grains,
        IEnumerable<InputItem> items,
        ClusterExtractionOptions options,
        Func<string, ReadOnlyMemory<byte>, Task> onResult,
        Action<string, string> onError,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(options);
        return Run(grains, items, options, onResult, onError, null, cancellationToken);
    }

    private static Task<ClusterRunSummary> Run(
        IGrainFactory grains,
        IEnumerable<InputItem> items,
        ClusterExtractionOptions options,
        Func<string, ReadOnlyMemory<byte>, Task> onResult,
        Action<string, string> onError,
        GatewayLossSignal? gatewayLoss,
        CancellationToken cancellationToken)
    {
        var dispatcher = new BatchDispatcher((batch, attempt, documents, _) => grains.GetGrain<IExtractionGrain>(GrainKey(batch, attempt)).ExtractAsync(documents), options, gatewayLoss);
        return dispatcher.RunAsync(items, onResult, onError, cancellationToken);
    }

    /// <summary>
    /// A client sends all calls for one grain through one gateway, and a stateless worker runs on
    /// the silo that receives the call; cycling over a few dozen keys spreads batches over every
    /// gateway, and shifting the key on a retry moves the batch off a gateway that went away.
    /// </summary>
    internal static long GrainKey(long batchNumber, int attempt) => (batchNumber + attempt * 7L) % KeySpread;

    private const int KeySpread = 64;
}
