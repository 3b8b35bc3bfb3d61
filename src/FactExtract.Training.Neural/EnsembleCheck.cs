using FactExtract.Evaluation;
using FactExtract.Tokenization;

namespace FactExtract.Training.Neural;

/// <summary>
/// Scores exported models on a dev file, each alone and averaged together (<see cref="EnsembleTagger"/>), so an
/// ensemble's gain is measured before anything is trained to imitate it.
/// </summary>
internal static class EnsembleCheck
{
    public static int Run(IReadOnlyList<string> modelFiles, string dev, TextWriter log)
    {
        var (members, _, all) = Score(modelFiles, dev);
        for (int j = 0; j < members.Count; j++) log.WriteLine($"{modelFiles[j]}: F1 {members[j]:F2}");
        string Type(string name) => all.Types.FirstOrDefault(x => x.Type == name) is { } x ? $" {name} {x.F1:F2}" : "";
        log.WriteLine($"ensemble of {members.Count}: F1 {all.Overall.F1:F2} (P {all.Overall.Precision:F2} R {all.Overall.Recall:F2}){Type("ORG")}{Type("PERSON")}{Type("GPE")}");
        return 0;
    }

    /// <summary>What <see cref="Score"/> measured: each member's F1 alone, the ensemble's F1 and its scores by type.</summary>
    internal sealed record Scores(IReadOnlyList<double> MemberF1, double F1, ConllScores Detail);

    public static Scores Score(IReadOnlyList<string> modelFiles, string dev)
    {
        var members = modelFiles.Select(f => EnsembleTagger.Load([f])).ToList();
        var ensemble = EnsembleTagger.Load(modelFiles);
        var sentences = ConllReader.Read(dev).Where(x => !x.IsDocStart && x.Words.Length > 0).ToList();
        var scorers = members.Append(ensemble).Select(_ => new ConllScorer()).ToList();
        foreach (var sentence in sentences)
        {
            var (text, tokens) = PretokenizedText.Join(sentence.Words);
            var tags = new int[tokens.Length];
            foreach (var (tagger, scorer) in members.Append(ensemble).Zip(scorers))
            {
                tagger.Tag(text, tokens, tags);
                scorer.Add(sentence.Tags, tags.Select(ensemble.Labels.BioTag).ToArray());
            }
        }

        var all = scorers[^1].Scores();
        return new Scores(scorers.SkipLast(1).Select(x => x.Scores().Overall.F1).ToList(), all.Overall.F1, all);
    }
}
