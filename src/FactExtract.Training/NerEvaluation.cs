using FactExtract.Entities;
using FactExtract.Evaluation;

namespace FactExtract.Training;

/// <summary>Tags CoNLL sentences (in order; <c>-DOCSTART-</c> starts a new document) with a model and scores them; shared by training (dev F1 per epoch) and the CLI.</summary>
internal static class NerEvaluation
{
    public static string[] Tag(NerModel model, ConllSentence sentence, TaggerScratch scratch)
    {
        if (sentence.IsDocStart)
        {
            scratch.Memory.Clear();
            return new[] { "O" };
        }

        var (text, tokens) = sentence.AsText();
        var tags = new int[tokens.Length];
        GreedyTagger.Tag(model, text, tokens, tags, scratch);
        return tags.Select(model.Labels.BioTag).ToArray();
    }

    public static ConllScores Score(NerModel model, IReadOnlyList<ConllSentence> gold)
    {
        var scorer = new ConllScorer();
        var scratch = new TaggerScratch();
        foreach (var sentence in gold)
        {
            var tags = Tag(model, sentence, scratch);
            if (sentence.IsDocStart) continue;
            scorer.Add(sentence.Tags, tags);
        }

        return scorer.Scores();
    }
}
