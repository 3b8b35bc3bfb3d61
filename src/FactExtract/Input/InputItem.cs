namespace FactExtract.Input;

/// <summary>
/// One unit of batch input: either a document ready to process or the reason one could not be read.
/// A bad record never hides the good ones around it.
/// </summary>
/// <param name="Id">The document's identifier (also for a failed read, so the error can name it).</param>
/// <param name="Document">The document, or null when it could not be read.</param>
/// <param name="Error">Why the document could not be read, or null.</param>
public sealed record InputItem(string Id, Document? Document, string? Error);
