using FactExtract.Entities;
using FactExtract.Evaluation;

namespace FactExtract.Training;

/// <summary>
/// An entity model chosen as the command line chooses it (<c>--ner</c>, <c>--model</c>, <c>--ner-beam</c>), for tagging
/// and scoring CoNLL files. It keeps the library's tagger abstraction inside the tools that may see it, so the CLI
/// itself needs only the library's public API.
/// </summary>
internal sealed class ConllTagger
{
    private readonly IEntityTagger _tagger;

    private ConllTagger(IEntityTagger tagger) => _tagger = tagger;

    /// <summary>The model; an unreadable or foreign model file is an <see cref="InvalidDataException"/> or an <see cref="IOException"/>.</summary>
    public static ConllTagger Create(EntityModel model, string? file, int beam) => new(EntityModels.Create(model, file, beam));

    /// <summary>Each block of the file with its predicted tags (see <see cref="NerEvaluation.Tag(IEntityTagger, IEnumerable{ConllSentence})"/>).</summary>
    public IEnumerable<(ConllSentence Sentence, string[] Tags)> Tag(IEnumerable<ConllSentence> blocks) => NerEvaluation.Tag(_tagger, blocks);

    /// <summary>Entity-level scores against the gold tags.</summary>
    public ConllScores Score(IReadOnlyList<ConllSentence> gold) => NerEvaluation.Score(_tagger, gold);
}
