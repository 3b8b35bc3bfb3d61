namespace FactExtract.Pipeline;

/// <summary>
/// Takes a batch's results as <see cref="FactExtractor.ExtractAll{TPrepared}"/> delivers them: each is first prepared on the worker
/// that produced it (in parallel with the other workers, e.g. serialised to bytes), then written, one at a time and
/// in input order unless the batch is unordered.
/// </summary>
/// <typeparam name="TPrepared">What preparing a result gives the writer (for instance its UTF-8 bytes).</typeparam>
public interface IBatchConsumer<TPrepared>
{
    /// <summary>Called on a worker thread, concurrently with other calls; must not touch shared output.</summary>
    /// <param name="result">A document's result, or its error.</param>
    /// <returns>What <see cref="Write"/> gets for it.</returns>
    TPrepared Prepare(BatchResult result);

    /// <summary>Called for one result at a time (never concurrently), in output order.</summary>
    /// <param name="result">A document's result, or its error.</param>
    /// <param name="prepared">What <see cref="Prepare"/> made of it.</param>
    void Write(BatchResult result, TPrepared prepared);
}
