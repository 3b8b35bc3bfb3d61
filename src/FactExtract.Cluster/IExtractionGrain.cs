namespace FactExtract.Cluster;

/// <summary>Runs the FactExtract pipeline on a batch of documents, on whichever silo receives the call.</summary>
public interface IExtractionGrain : IGrainWithIntegerKey
{
    /// <summary>Extracts every document of the batch; a failing document yields an error outcome, never a failed batch.</summary>
    /// <param name="batch">The documents, each with a distinct id.</param>
    Task<BatchOutcome> ExtractAsync(ClusterDocument[] batch);
}
