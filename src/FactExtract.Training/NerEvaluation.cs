using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Tokenization;

namespace FactExtract.Training;

/// <summary>Tags CoNLL sentences (in order; <c>-DOCSTART-</c> starts a new document) with a model and scores them; shared by training (dev F1 per epoch) and the CLI.</summary>
internal static class NerEvaluation
{
    /// <summary>Tags one sentence; <paramref name="beam"/> above 1 decodes with <see cref="BeamTagger"/> instead of greedily.</summary>
    public static string[] Tag(NerModel model, ConllSentence sentence, TaggerScratch scratch, int beam = 1)
    {
        if (sentence.IsDocStart)
        {
            scratch.Memory.Clear();
            return new[] { "O" };
        }

        var (text, tokens) = PretokenizedText.Join(sentence.Words);
        var tags = new int[tokens.Length];
        if (beam > 1) BeamTagger.Tag(model, text, tokens, tags, scratch, beam);
        else GreedyTagger.Tag(model, text, tokens, tags, scratch);
        return tags.Select(model.Labels.BioTag).ToArray();
    }

    public static ConllScores Score(NerModel model, IReadOnlyList<ConllSentence> gold, int beam = 1)
    {
        var scorer = new ConllScorer();
        var scratch = new TaggerScratch();
        foreach (var sentence in gold)
        {
            var tags = Tag(model, sentence, scratch, beam);
            if (sentence.IsDocStart) continue;
            scorer.Add(sentence.Tags, tags);
        }

        return scorer.Scores();
    }

    /// <summary>
    /// Tags CoNLL blocks in order with any entity model, one tagging session per <c>-DOCSTART-</c> document, yielding
    /// each block with its BIO tags (a <c>-DOCSTART-</c> block gets <c>O</c>).
    /// </summary>
    public static IEnumerable<(ConllSentence Sentence, string[] Tags)> Tag(IEntityTagger tagger, IEnumerable<ConllSentence> blocks)
    {
        var session = tagger.Begin();
        try
        {
            foreach (var sentence in blocks)
            {
                if (sentence.IsDocStart)
                {
                    session.Dispose();
                    session = tagger.Begin();
                    yield return (sentence, new[] { "O" });
                    continue;
                }

                var (text, tokens) = PretokenizedText.Join(sentence.Words);
                var tags = new int[tokens.Length];
                session.Tag(text, tokens, tags);
                yield return (sentence, tags.Select(tagger.Labels.BioTag).ToArray());
            }
        }
        finally
        {
            session.Dispose();
        }
    }

    /// <summary>Entity-level scores of any entity model's tags of <paramref name="gold"/>.</summary>
    public static ConllScores Score(IEntityTagger tagger, IReadOnlyList<ConllSentence> gold)
    {
        var scorer = new ConllScorer();
        foreach (var (sentence, tags) in Tag(tagger, gold))
            if (!sentence.IsDocStart) scorer.Add(sentence.Tags, tags);
        return scorer.Scores();
    }
}
