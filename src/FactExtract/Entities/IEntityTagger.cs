using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// An entity model as the entity stage sees it: every kind (the neural tagger, the linear tagger greedy or with a
/// beam, a file made by <c>factextract train</c>) tags a document's sentences through this, one document at a time.
/// Implementations are immutable and thread-safe; a <see cref="EntityTaggerSession"/> holds one document's state.
/// </summary>
internal interface IEntityTagger
{
    /// <summary>The tag set the tags index into.</summary>
    NerLabels Labels { get; }

    /// <summary>Starts a document (a model that remembers earlier sentences forgets the last document here).</summary>
    EntityTaggerSession Begin();

    /// <summary>
    /// Whether the model remembers the document's earlier tags itself (the linear model's document memory); a model
    /// that reads one sentence at a time gets <see cref="NameConsistency"/> once the document is tagged instead.
    /// </summary>
    bool HasDocumentMemory { get; }
}

/// <summary>One document's tagging: working memory taken from the model's pool and given back on dispose.</summary>
internal abstract class EntityTaggerSession : IDisposable
{
    /// <summary>Writes one tag (an index into <see cref="IEntityTagger.Labels"/>) per token of the sentence.</summary>
    public abstract void Tag(string text, ReadOnlySpan<Token> sentence, Span<int> tags);

    /// <summary>Returns the working memory to the model.</summary>
    public abstract void Dispose();
}
