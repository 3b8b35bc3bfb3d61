using System.Runtime.CompilerServices;
using FactExtract.Input;
using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract;

public sealed partial class FactExtractor
{
    /// <summary>
    /// Extracts the facts of many documents as a stream: documents are processed in parallel
    /// (<see cref="BatchOptions.MaxDegreeOfParallelism"/>, every core by default) with bounded memory, and results
    /// come out in input order unless <see cref="BatchOptions.PreserveOrder"/> is false. A document that fails
    /// yields a <see cref="BatchResult"/> with an <see cref="BatchResult.Error"/>; the batch goes on.
    /// </summary>
    /// <param name="documents">The documents, read lazily as workers become free.</param>
    /// <param name="options">Parallelism and ordering; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and processing; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per document.</returns>
    /// <example>
    /// <code>
    /// await foreach (var r in extractor.ExtractAllAsync(ReadArticles(), new BatchOptions { MaxDegreeOfParallelism = 4 }, ct))
    ///     if (r.Succeeded) Save(r.Result!); else Console.Error.WriteLine($"{r.Id}: {r.Error}");
    /// </code>
    /// </example>
    public IAsyncEnumerable<BatchResult> ExtractAllAsync(IAsyncEnumerable<Document> documents, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return BatchRunner.RunAsync(this, null, AsItems(documents, cancellationToken), options ?? BatchOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Extracts the facts of many documents as a stream; the same as
    /// <see cref="ExtractAllAsync(IAsyncEnumerable{Document}, BatchOptions?, CancellationToken)"/> for a synchronous source
    /// (a list, or a lazy enumeration such as <see cref="DocumentReader"/>'s), which is read on its own thread.
    /// </summary>
    /// <param name="documents">The documents, read lazily as workers become free.</param>
    /// <param name="options">Parallelism and ordering; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and processing; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per document.</returns>
    public IAsyncEnumerable<BatchResult> ExtractAllAsync(IEnumerable<Document> documents, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return BatchRunner.RunAsync(this, documents.Select(d => new InputItem(d.Id, d, null)), null, options ?? BatchOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Runs a batch over input items, some of which may already be failures (unreadable records): they come out
    /// as failed results in their place, so the output order and the error list stay complete.
    /// </summary>
    internal IAsyncEnumerable<BatchResult> ExtractAllAsync(IEnumerable<InputItem> items, BatchOptions? options, CancellationToken cancellationToken) =>
        BatchRunner.RunAsync(this, items, null, options ?? BatchOptions.Default, cancellationToken);

    /// <summary>
    /// Runs a batch over input items and hands each result to <paramref name="consumer"/> from the batch's own threads
    /// (<see cref="HandOffBatchRunner{TPrepared}"/>): prepared on its worker, written in input order unless
    /// <see cref="BatchOptions.PreserveOrder"/> is false. Returns once every result is written.
    /// </summary>
    /// <typeparam name="TPrepared">What the consumer prepares from a result on its worker (for instance a <see cref="Output.PooledJsonLine"/>).</typeparam>
    /// <param name="items">The input, as <see cref="DocumentReader"/> reads it (an item may carry an error instead of a document).</param>
    /// <param name="options">Workers, order and queue bounds; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="consumer">Prepares and writes each result.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    public void ExtractAll<TPrepared>(IEnumerable<InputItem> items, BatchOptions? options, IBatchConsumer<TPrepared> consumer, CancellationToken cancellationToken) =>
        HandOffBatchRunner<TPrepared>.Run(this, items, options ?? BatchOptions.Default, consumer, cancellationToken);

    /// <summary>
    /// The result of one document and its token count (for throughput figures). A stage that fails throws
    /// <see cref="StageFailedException"/> naming it.
    /// </summary>
    internal (ExtractionResult Result, int Tokens) ExtractCounted(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(document.Text, nameof(document.Text));
        var analyzed = Analyze(document, cancellationToken, _pool);
        ExtractionResult result;
        try
        {
            result = ToResult(document, analyzed);
        }
        catch (Exception ex) when (StageFailedException.IsDocumentFailure(ex, cancellationToken))
        {
            // Building the summary is the last stage, and contained like the others.
            throw new StageFailedException("ArticleFacts", ex);
        }

        var counted = (result, analyzed.Tokens.Count);
        _pool.Return(analyzed);
        return counted;
    }

    private static async IAsyncEnumerable<InputItem> AsItems(IAsyncEnumerable<Document> documents, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var d in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            yield return new InputItem(d.Id, d, null);
    }
}
