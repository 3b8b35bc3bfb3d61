using System.Globalization;
using System.Text.Json;
using FactExtract.Evaluation;

namespace FactExtract.Cli.Commands;

internal static partial class EvalCommand
{
    /// <summary><c>eval --timeml PATH</c>: TempEval-3 TIMEX3 scores of the date tagger on .tml gold.</summary>
    internal static int RunTimeMl(string path, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            stderr.WriteLine($"error: {path}: no such file or folder");
            return ExitCodes.BadUsage;
        }

        var result = TimeMlEvaluation.Run(path);
        foreach (var failure in result.Failures) stderr.WriteLine($"error: {failure}");
        if (result.Scores.All(s => s.Documents == 0))
        {
            stderr.WriteLine($"error: {path}: no .tml documents");
            return ExitCodes.BadUsage;
        }

        if (json)
        {
            var payload = new
            {
                scores = result.Scores.Select(s => new
                {
                    name = s.Name, documents = s.Documents, gold = s.Relaxed.Gold, predicted = s.Relaxed.Predicted,
                    strict = new { precision = R(s.Strict.Precision), recall = R(s.Strict.Recall), f1 = R(s.Strict.F1) },
                    relaxed = new { precision = R(s.Relaxed.Precision), recall = R(s.Relaxed.Recall), f1 = R(s.Relaxed.F1) },
                    type_accuracy = R(s.TypeAccuracy), value_accuracy = R(s.ValueAccuracy), type_f1 = R(s.TypeF1), value_f1 = R(s.ValueF1),
                }),
                errors = result.Errors.Select(e => new { document = e.Document, kind = e.Kind, gold = e.Gold, predicted = e.Predicted }),
            };
            stdout.WriteLine(JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            stdout.WriteLine("set            docs  gold  pred | strict P    R    F1  | relaxed P    R    F1  | type acc  value acc | value F1");
            foreach (var s in result.Scores)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Name,-14} {s.Documents,4} {s.Relaxed.Gold,5} {s.Relaxed.Predicted,5} | {s.Strict.Precision,5:F1} {s.Strict.Recall,5:F1} {s.Strict.F1,5:F1} | {s.Relaxed.Precision,6:F1} {s.Relaxed.Recall,5:F1} {s.Relaxed.F1,5:F1} | {s.TypeAccuracy,7:F1} {s.ValueAccuracy,9:F1} | {s.ValueF1,7:F1}"));
            }
        }

        return result.Failures.Count > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
    }

    private static double R(double value) => Math.Round(value, 2);
}
