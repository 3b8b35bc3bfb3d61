using System.Collections.Concurrent;
using FactExtract.Text;

namespace FactExtract.Pipeline;

/// <summary>
/// Recycles <see cref="AnalyzedDocument"/>s between documents, so their token lists and the stages' scratch
/// storage are allocated once per worker thread instead of grown again for every article. Thread-safe; holds at
/// most as many instances as documents were ever analysed at once.
/// </summary>
internal sealed class AnalyzedDocumentPool
{
    // An instance grown for a huge document is dropped rather than kept for good (~12 MB of tokens).
    private const int MaxTokensKept = 1 << 20;

    private static readonly Document Nothing = new(string.Empty, string.Empty);

    private readonly ConcurrentBag<AnalyzedDocument> _free = new();

    public AnalyzedDocument Rent(Document document)
    {
        if (!_free.TryTake(out var analyzed)) return new AnalyzedDocument(document);
        analyzed.Reset(document);
        return analyzed;
    }

    /// <summary>Takes an instance back once nothing refers to its lists any more (the result has been built).</summary>
    public void Return(AnalyzedDocument analyzed)
    {
        if (analyzed.Capacity > MaxTokensKept) return;
        analyzed.Reset(Nothing); // lets go of the text and the mentions
        _free.Add(analyzed);
    }
}
