using FactExtract.Input;
using FactExtract.Output;
using FactExtract.Pipeline;
using Orleans.Concurrency;

namespace FactExtract.Cluster;

/// <summary>
/// A stateless worker: Orleans activates it on the silo that receives the call (the client's
/// gateway), so spreading grain keys over gateways spreads the work over silos.
/// </summary>
[StatelessWorker]
internal sealed class ExtractionGrain(FactExtractor extractor, ExtractionThrottle throttle) : Grain, IExtractionGrain
{
    private static readonly BatchOptions OneWorker = new() { MaxDegreeOfParallelism = 1 };

    public async Task<BatchOutcome> ExtractAsync(ClusterDocument[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new DocumentOutcome[batch.Length];
        await throttle.WaitAsync();
        try
        {
            // The library's batch engine, one worker: the same processing, JSON bytes and error words as a local run.
            var items = batch.Select(d => new InputItem(d.Id, d.ToDocument(), null));
            extractor.ExtractAll(items, OneWorker, new Outcomes(outcomes), CancellationToken.None);
        }
        finally
        {
            throttle.Release();
        }

        return new BatchOutcome { Documents = outcomes, Silo = RuntimeIdentity };
    }

    /// <summary>Each result as the JSON line a local run writes, or its error, at its place in the batch.</summary>
    private sealed class Outcomes(DocumentOutcome[] outcomes) : IBatchConsumer<PooledJsonLine>
    {
        public PooledJsonLine Prepare(BatchResult result) => result.Result is { Succeeded: true } r ? PooledJsonLine.Encode(r) : default;

        public void Write(BatchResult result, PooledJsonLine prepared)
        {
            outcomes[result.Index] = result.Result is { Succeeded: true }
                ? new DocumentOutcome { Id = result.Id, JsonLine = prepared.Span.ToArray() }
                : new DocumentOutcome { Id = result.Id, Error = result.Error ?? result.Result?.Error ?? "no result" };
            prepared.Return();
        }
    }
}
