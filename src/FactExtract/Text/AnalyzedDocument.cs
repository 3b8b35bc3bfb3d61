using FactExtract.Text;

namespace FactExtract.Text;

/// <summary>
/// The one shared document every pipeline stage annotates by offsets (spaCy's <c>Doc</c>).
/// Stages append to their own lists and only read what earlier stages wrote; the public,
/// immutable <see cref="ExtractionResult"/> is built from it at the end.
/// </summary>
internal sealed class AnalyzedDocument
{
    public AnalyzedDocument(Document source)
    {
        Source = source;
        // The contract's offsets are into the text with a leading BOM removed.
        Text = source.Text.Length > 0 && source.Text[0] == '\uFEFF' ? source.Text[1..] : source.Text;
        ReferenceDate = source.ReferenceDate;
    }

    public Document Source { get; }

    public string Id => Source.Id;

    public string Text { get; }

    /// <summary>The anchor for relative dates: given by the caller, or found by the date stage.</summary>
    public DateOnly? ReferenceDate { get; set; }

    public List<Token> Tokens { get; } = new();

    public List<Sentence> Sentences { get; } = new();

    public List<Paragraph> Paragraphs { get; } = new();

    /// <summary>Named-entity spans from the NER stage, including the numeric and temporal types.</summary>
    public List<EntityMention> Entities { get; } = new();

    public List<DateMention> Dates { get; } = new();

    public List<Quotation> Quotes { get; } = new();
}
