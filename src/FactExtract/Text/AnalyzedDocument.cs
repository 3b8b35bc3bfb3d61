using FactExtract.Text;

namespace FactExtract.Text;

/// <summary>
/// The one shared document every pipeline stage annotates by offsets (spaCy's <c>Doc</c>).
/// Stages append to their own lists and only read what earlier stages wrote; the public,
/// immutable <see cref="ExtractionResult"/> is built from it at the end.
/// </summary>
/// <remarks>
/// The pipeline recycles instances (<see cref="Reset"/>) so that the lists and the stages' working storage
/// (<see cref="Scratch{T}"/>) keep their capacity from one document to the next instead of growing again.
/// </remarks>
internal sealed class AnalyzedDocument
{
    private readonly Dictionary<Type, object> _scratch = new();

    public AnalyzedDocument(Document source)
    {
        Source = source;
        Text = TextOf(source);
        ReferenceDate = source.ReferenceDate;
    }

    public Document Source { get; private set; }

    public string Id => Source.Id;

    public string Text { get; private set; }

    /// <summary>The anchor for relative dates: given by the caller, or found by the date stage.</summary>
    public DateOnly? ReferenceDate { get; set; }

    public List<Token> Tokens { get; } = new();

    public List<Sentence> Sentences { get; } = new();

    public List<Paragraph> Paragraphs { get; } = new();

    /// <summary>Every non-blank line, trimmed (a hard-wrapped paragraph is several lines): the quote stage's unit.</summary>
    public List<Paragraph> Lines { get; } = new();

    /// <summary>Named-entity spans from the NER stage, including the numeric and temporal types.</summary>
    public List<EntityMention> Entities { get; } = new();

    public List<DateMention> Dates { get; } = new();

    public List<Quotation> Quotes { get; } = new();

    /// <summary>Every attribution (direct, mixed, indirect), in text order, from the attribution stage.</summary>
    public List<AttributionMention> Attributions { get; } = new();

    /// <summary>
    /// Working storage of type <typeparamref name="T"/> that a stage may reuse for every document analysed with
    /// this instance (one per type, created on first use). The stage must clear it before use: it holds whatever
    /// the previous document left. Nothing in it is part of the analysis.
    /// </summary>
    public T Scratch<T>()
        where T : class, new()
    {
        if (_scratch.TryGetValue(typeof(T), out var found)) return (T)found;
        var created = new T();
        _scratch[typeof(T)] = created;
        return created;
    }

    /// <summary>Starts over on another document, keeping the lists' capacity and the scratch storage.</summary>
    public void Reset(Document source)
    {
        Source = source;
        Text = TextOf(source);
        ReferenceDate = source.ReferenceDate;
        Tokens.Clear();
        Sentences.Clear();
        Paragraphs.Clear();
        Lines.Clear();
        Entities.Clear();
        Dates.Clear();
        Quotes.Clear();
        Attributions.Clear();
    }

    /// <summary>Room the lists took for the last document, in tokens: a pool drops an instance grown for a huge one.</summary>
    public int Capacity => Tokens.Capacity;

    // The contract's offsets are into the text with a leading BOM removed.
    /// <summary>The text offsets refer to: the document's text without a leading BOM.</summary>
    internal static string TextOf(Document source) =>
        source.Text.Length > 0 && source.Text[0] == '\uFEFF' ? source.Text[1..] : source.Text;
}
