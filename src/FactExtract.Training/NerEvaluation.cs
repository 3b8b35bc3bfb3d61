using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Text;
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
    /// Tags CoNLL blocks in order with any entity model, as the pipeline tags an article: one tagging session per
    /// <c>-DOCSTART-</c> document, and the document's names made consistent (<see cref="NameConsistency"/>) once all its
    /// sentences are tagged, when the model has no document memory of its own. Yields each block with its BIO tags (a <c>-DOCSTART-</c> block gets <c>O</c>).
    /// </summary>
    public static IEnumerable<(ConllSentence Sentence, string[] Tags)> Tag(IEntityTagger tagger, IEnumerable<ConllSentence> blocks)
    {
        var document = new List<ConllSentence>();
        foreach (var sentence in blocks)
        {
            if (!sentence.IsDocStart)
            {
                document.Add(sentence);
                continue;
            }

            foreach (var tagged in TagDocument(tagger, document)) yield return tagged;
            document.Clear();
            yield return (sentence, new[] { "O" });
        }

        foreach (var tagged in TagDocument(tagger, document)) yield return tagged;
    }

    /// <summary>One document's sentences, joined one to a line, tagged sentence by sentence and then made consistent.</summary>
    private static List<(ConllSentence Sentence, string[] Tags)> TagDocument(IEntityTagger tagger, List<ConllSentence> sentences)
    {
        var tagged = new List<(ConllSentence, string[])>(sentences.Count);
        if (sentences.Count == 0) return tagged;
        var (all, tokens, firsts) = PretokenizedText.JoinLines(sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList());
        ReadOnlySpan<Token> span = tokens;
        var tags = new int[tokens.Length];
        using (var session = tagger.Begin())
        {
            for (int s = 0; s < sentences.Count; s++)
                session.Tag(all, span.Slice(firsts[s], sentences[s].Words.Length), tags.AsSpan(firsts[s], sentences[s].Words.Length));
        }

        if (!tagger.HasDocumentMemory) NameConsistency.Fill(all, span, tags, tagger.Labels, new List<(int, int, int)>());
        for (int s = 0; s < sentences.Count; s++)
            tagged.Add((sentences[s], tags.AsSpan(firsts[s], sentences[s].Words.Length).ToArray().Select(tagger.Labels.BioTag).ToArray()));
        return tagged;
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
