using FactExtract.Output;
using Orleans.Concurrency;

namespace FactExtract.Cluster;

/// <summary>
/// A stateless worker: Orleans activates it on the silo that receives the call (the client's
/// gateway), so spreading grain keys over gateways spreads the work over silos.
/// </summary>
[StatelessWorker]
internal sealed class ExtractionGrain(FactExtractor extractor, ExtractionThrottle throttle) : Grain, IExtractionGrain
{
    public async Task<BatchOutcome> ExtractAsync(ClusterDocument[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new DocumentOutcome[batch.Length];
        await throttle.WaitAsync();
        try
        {
            using var buffer = new MemoryStream();
            for (int i = 0; i < batch.Length; i++) outcomes[i] = ExtractOne(batch[i], buffer);
        }
        finally
        {
            throttle.Release();
        }

        return new BatchOutcome { Documents = outcomes, Silo = RuntimeIdentity };
    }

    private DocumentOutcome ExtractOne(ClusterDocument document, MemoryStream buffer)
    {
        try
        {
            var result = extractor.Extract(document.ToDocument());
            // A stage's failure comes back in the result, in the same words as a local run's error list.
            if (result.Error is { } error) return new DocumentOutcome { Id = document.Id, Error = error };
            buffer.SetLength(0);
            JsonResultWriter.WriteLine(buffer, result);
            return new DocumentOutcome { Id = document.Id, JsonLine = buffer.ToArray() };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Same wording as the local extract command, so error lists compare too.
            return new DocumentOutcome { Id = document.Id, Error = $"{ex.GetType().Name}: {ex.Message}" };
        }
    }
}
