using FactExtract.Text;

namespace FactExtract.Quotes;

/// <summary>
/// The quote stage's working lists, kept from one document to the next (see <see cref="AnalyzedDocument.Scratch{T}"/>)
/// so that a batch does not grow them again for every article. <see cref="QuoteFinder"/> clears each before use.
/// </summary>
internal sealed class QuoteScratch
{
    public List<Paragraph> Lines { get; } = new();

    public List<QuoteSpan> Spans { get; } = new();

    /// <summary>The words around one quotation (<see cref="Attributor"/>).</summary>
    public List<Word> NearbyWords { get; } = new();

    /// <summary>Every word of the article (<see cref="NameIndex"/>).</summary>
    public List<Word> ArticleWords { get; } = new();

    public List<NameMention> Names { get; } = new();

    public List<(Attribution A, CandidateSource Source)> Candidates { get; } = new();

    /// <summary>The speaker resolver of the document last processed, or null: the attribution stage resolves with it too.</summary>
    public SpeakerResolver? Resolver { get; set; }
}
