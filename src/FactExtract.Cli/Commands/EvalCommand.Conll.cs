using System.Text.Json;
using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Training;

namespace FactExtract.Cli.Commands;

internal static partial class EvalCommand
{
    /// <summary>Scores a CoNLL file: either PREDICTION's last column against GOLD's, or the model's tags of GOLD's tokens.</summary>
    internal static int RunConll(string goldPath, string? predictionPath, NerChoice ner, bool json, TextWriter stdout, TextWriter stderr)
    {
        foreach (var path in new[] { goldPath, predictionPath })
        {
            if (path is not null && !File.Exists(path))
            {
                stderr.WriteLine($"error: {path}: file not found");
                return ExitCodes.BadUsage;
            }
        }

        // -DOCSTART- blocks stay in for tagging: they reset the tagger's document memory.
        var goldBlocks = ConllReader.Read(goldPath);
        var gold = goldBlocks.Where(s => !s.IsDocStart).ToList();
        var scorer = new ConllScorer();
        if (predictionPath is not null)
        {
            var predicted = ConllReader.Read(predictionPath).Where(s => !s.IsDocStart).ToList();
            if (predicted.Count != gold.Count || predicted.Zip(gold).Any(p => p.First.Tags.Length != p.Second.Tags.Length))
            {
                stderr.WriteLine($"error: {predictionPath}: sentences do not line up with {goldPath}");
                return ExitCodes.BadUsage;
            }

            foreach (var (g, p) in gold.Zip(predicted)) scorer.Add(g.Tags, p.Tags);
            PrintConll(scorer.Scores(), json, stdout);
            return ExitCodes.Success;
        }

        if (!ner.TryCreate(stderr, out var tagger)) return ExitCodes.BadUsage;
        PrintConll(tagger.Score(goldBlocks), json, stdout);
        return ExitCodes.Success;
    }

    internal static void PrintConll(ConllScores scores, bool json, TextWriter stdout)
    {
        if (json)
        {
            object Row(ConllTypeScore s) => new
            {
                type = s.Type, precision = Math.Round(s.Precision, 2), recall = Math.Round(s.Recall, 2), f1 = Math.Round(s.F1, 2),
                correct = s.Correct, predicted = s.Predicted, gold = s.Gold,
            };
            stdout.WriteLine(JsonSerializer.Serialize(new
            {
                overall = Row(scores.Overall),
                types = scores.Types.Select(Row).ToArray(),
                tokens = scores.Tokens,
                token_accuracy = Math.Round(100 * scores.TokenAccuracy, 2),
            }));
            return;
        }

        stdout.WriteLine($"processed {scores.Tokens} tokens with {scores.Overall.Gold} gold entities; found {scores.Overall.Predicted}; correct {scores.Overall.Correct}; token accuracy {100 * scores.TokenAccuracy:F2}%");
        stdout.WriteLine($"{"type",-14} {"P",7} {"R",7} {"F1",7} {"gold",7} {"found",7}");
        foreach (var s in scores.Types.Append(scores.Overall))
            stdout.WriteLine($"{s.Type,-14} {s.Precision,7:F2} {s.Recall,7:F2} {s.F1,7:F2} {s.Gold,7} {s.Predicted,7}");
    }
}
