namespace FactExtract.Pipeline;

/// <summary>
/// A pipeline stage threw while processing one document: a bug in that stage, kept to that document.
/// Its message names the stage and the original exception type, the wording every error list uses.
/// </summary>
internal sealed class StageFailedException(string stage, Exception inner)
    : Exception($"stage {stage} failed: {inner.GetType().Name}: {inner.Message}", inner)
{
    /// <summary>The stage's name (its type name: <c>DateTagger</c>, <c>QuoteFinder</c>, ...).</summary>
    public string Stage { get; } = stage;

    /// <summary>
    /// The one-line error a document gets for <paramref name="ex"/>: a stage failure's own message, or the exception
    /// type and message for anything else (the wording batch errors had before stages were named).
    /// </summary>
    public static string Describe(Exception ex) =>
        ex is StageFailedException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";

    /// <summary>
    /// Whether <paramref name="ex"/> is one document's failure rather than the run's: cancellation the caller asked
    /// for and running out of memory are not contained.
    /// </summary>
    public static bool IsDocumentFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is not OutOfMemoryException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
