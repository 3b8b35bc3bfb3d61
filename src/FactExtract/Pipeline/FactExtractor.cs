using FactExtract.Attributions;
using FactExtract.Dates;
using FactExtract.Entities;
using FactExtract.Pipeline;
using FactExtract.Quotes;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract;

/// <summary>
/// The entry point: runs tokenization, sentence splitting, named-entity recognition, date
/// tagging, quotation attribution and reported-speech attribution over a document. Thread-safe; create once and reuse.
/// </summary>
/// <example>
/// <code>
/// var extractor = FactExtractor.CreateDefault();
/// ExtractionResult facts = extractor.Extract(articleText);
/// foreach (var org in facts.Entities.Where(e => e.Label == "ORG")) Console.WriteLine(org.Canonical);
/// </code>
/// </example>
public sealed partial class FactExtractor
{
    private readonly IReadOnlyList<IProcess> _stages;
    private readonly AnalyzedDocumentPool _pool = new();

    // Internal for tests that put a failing stage in the pipeline.
    internal FactExtractor(IReadOnlyList<IProcess> stages) => _stages = stages;

    /// <summary>Creates an extractor with the built-in tokenizer, NER model, date tagger and quote finder.</summary>
    public static FactExtractor CreateDefault() => Create(new ExtractorOptions());

    /// <summary>Creates an extractor with the built-in stages, set as <paramref name="options"/> says.</summary>
    /// <param name="options">Speed and accuracy settings.</param>
    /// <exception cref="InvalidDataException"><see cref="ExtractorOptions.EntityModelFile"/> is not a sound model.</exception>
    /// <exception cref="IOException"><see cref="ExtractorOptions.EntityModelFile"/> cannot be read.</exception>
    public static FactExtractor Create(ExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(new IProcess[]
        {
            new Tokenizer(),
            new SentenceSplitter(),
            new EntityRecognizer(EntityModels.Create(options.Entities, options.EntityModelFile, options.EntityBeamWidth)),
            new DateTagger(),
            new QuoteFinder(),
            new AttributionFinder(options.AttributionsInEffect == AttributionModel.Accurate ? AttributionTaggerModel.Shipped : null),
        });
    }

    /// <summary>Extracts the facts of one text. Never throws for a non-null text (see <see cref="ExtractionResult.Error"/>).</summary>
    /// <param name="text">The article text.</param>
    /// <param name="referenceDate">The anchor for relative dates; null to look for one in the text.</param>
    /// <returns>The facts, or, when a stage failed on this text, a result with <see cref="ExtractionResult.Error"/> set and no facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ExtractionResult Extract(string text, DateOnly? referenceDate = null) =>
        Extract(new Document("doc", text) { ReferenceDate = referenceDate });

    /// <summary>
    /// Extracts the facts of one document. A stage that fails on it does not throw: the result carries the
    /// failure in <see cref="ExtractionResult.Error"/>, naming the stage and the exception type, as a batch does.
    /// </summary>
    /// <param name="document">The document; its <see cref="Document.Id"/> is echoed in the result.</param>
    /// <param name="cancellationToken">Stops work between stages.</param>
    /// <returns>The facts, or a result with <see cref="ExtractionResult.Error"/> set and no facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or its text is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult Extract(Document document, CancellationToken cancellationToken = default)
    {
        try
        {
            return ExtractCounted(document, cancellationToken).Result;
        }
        catch (StageFailedException ex)
        {
            return Failed(document, ex.Message);
        }
    }

    /// <summary>The result of a document no stage could finish: its id and text, no facts, and why.</summary>
    internal static ExtractionResult Failed(Document document, string error) => new()
    {
        Id = document.Id,
        Source = document.Source,
        Text = AnalyzedDocument.TextOf(document),
        ReferenceDate = document.ReferenceDate,
        Entities = Array.Empty<EntityMention>(),
        Dates = Array.Empty<DateMention>(),
        Quotes = Array.Empty<Quotation>(),
        Attributions = Array.Empty<AttributionMention>(),
        Error = error,
    };

    /// <summary>Turns the annotated document into the immutable public result (the one place results are built).</summary>
    internal static ExtractionResult ToResult(Document document, AnalyzedDocument analyzed)
    {
        var entities = TextOrder.ByStart(analyzed.Entities, static e => e.Label is not ("DATE" or "TIME"), static e => e.Start);
        var dates = TextOrder.ByStart(analyzed.Dates, static d => d.Start);
        var quotes = TextOrder.ByStart(analyzed.Quotes, static q => q.Start);
        var attributions = analyzed.Attributions.ToArray();
        return new ExtractionResult
        {
            Id = document.Id,
            Source = document.Source,
            Text = analyzed.Text,
            ReferenceDate = analyzed.ReferenceDate,
            Entities = entities,
            Dates = dates,
            Quotes = quotes,
            Attributions = attributions,
            Facts = ArticleFacts.From(entities, dates, quotes, analyzed.ReferenceDate) with { Statements = ArticleFacts.GroupStatements(attributions) },
        };
    }

    internal AnalyzedDocument Analyze(Document document, CancellationToken cancellationToken) => Analyze(document, cancellationToken, null);

    // With a pool, the caller returns the document to it once the result is built.
    private AnalyzedDocument Analyze(Document document, CancellationToken cancellationToken, AnalyzedDocumentPool? pool)
    {
        var analyzed = pool?.Rent(document) ?? new AnalyzedDocument(document);
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stage.Process(analyzed, cancellationToken);
            }
            catch (Exception ex) when (StageFailedException.IsDocumentFailure(ex, cancellationToken))
            {
                // A bug in one stage loses this document only, and says where. The half-annotated instance is not
                // returned to the pool: its scratch state is whatever the stage left.
                throw new StageFailedException(stage.GetType().Name, ex);
            }
        }

        return analyzed;
    }
}
