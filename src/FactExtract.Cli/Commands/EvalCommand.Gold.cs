using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactExtract.Evaluation;

namespace FactExtract.Cli.Commands;

internal static partial class EvalCommand
{
    /// <summary>
    /// <c>eval --gold GOLD [PREDICTION]</c>: scores PREDICTION (an extract output), or the pipeline run
    /// on the gold's source text with no reference date given, against the gold file.
    /// </summary>
    internal static int RunGold(string goldPath, string? predictionPath, bool json, TextWriter stdout, TextWriter stderr, NerChoice? ner = null)
    {
        if (!TryLoad(goldPath, GoldFileReader.Load, stderr, out var gold)) return ExitCodes.BadUsage;
        ExtractionResult? predicted;
        if (predictionPath is null)
            predicted = FactExtractor.Create((ner ?? NerChoice.Default).ToOptions()).Extract(new Document(gold.Id, gold.Text) { Source = gold.Source });
        else if (!TryLoad(predictionPath, p => GoldFileReader.LoadPrediction(p, gold), stderr, out predicted))
            return ExitCodes.BadUsage;

        var evaluation = GoldScorer.Score(gold, predicted);
        var predictionName = predictionPath ?? $"pipeline on {gold.Source}";
        if (json) WriteGoldJson(stdout, goldPath, predictionName, evaluation);
        else WriteGoldText(stdout, goldPath, predictionName, evaluation);
        return ExitCodes.Success;
    }

    /// <summary>Reads a gold or prediction file; an unreadable or malformed one is reported on one line naming it.</summary>
    internal static bool TryLoad(string path, Func<string, ExtractionResult> load, TextWriter stderr, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExtractionResult? result)
    {
        try
        {
            result = load(path);
            return true;
        }
        catch (InvalidDataException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {path}: cannot read: {ex.Message}");
        }

        result = null;
        return false;
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    private static void WriteGoldText(TextWriter o, string goldPath, string predictionName, GoldEvaluation e)
    {
        o.WriteLine($"gold: {goldPath}");
        o.WriteLine($"prediction: {predictionName}");
        o.WriteLine($"reference date: gold {Day(e.GoldReferenceDate)}, predicted {Day(e.PredictedReferenceDate)}");
        o.WriteLine();

        o.WriteLine("Entities (exact span and label)");
        CountsHeader(o, "label");
        foreach (var (label, counts) in e.EntityLabels) CountsRow(o, label, counts);
        CountsRow(o, "all", e.Entities);
        o.WriteLine($"canonical name accuracy (exact matches): {Accuracy(e.Canonical)}");
        o.WriteLine();

        o.WriteLine("Dates");
        CountsHeader(o, "match");
        CountsRow(o, "strict", e.DatesStrict);
        CountsRow(o, "relaxed", e.DatesRelaxed);
        CountsRow(o, "+value", e.DateValues);
        o.WriteLine($"value accuracy (relaxed matches): {Accuracy(e.DateValueAccuracy)}");
        o.WriteLine($"type accuracy (relaxed matches): {Accuracy(e.DateTypeAccuracy)}");
        o.WriteLine();

        o.WriteLine("Quotations");
        CountsHeader(o, "match");
        CountsRow(o, "exact", e.QuotesExact);
        CountsRow(o, "overlap", e.QuotesOverlap);
        o.WriteLine($"speaker accuracy (overlap matches): {Accuracy(e.Speakers)}");
        o.WriteLine($"speaker mention accuracy (overlap matches): {Accuracy(e.SpeakerMentions)}");
        o.WriteLine();

        o.WriteLine($"Misses and false alarms ({e.Discrepancies.Count})");
        foreach (var d in e.Discrepancies)
        {
            var detail = d.Issue switch
            {
                GoldIssue.Miss => $"gold {d.Expected}" + (d.Found is null ? "" : $", predicted {d.Found}"),
                GoldIssue.FalseAlarm => $"predicted {d.Found}" + (d.Expected is null ? "" : $", gold {d.Expected}"),
                _ => $"gold {d.Expected}, predicted {d.Found}",
            };
            o.WriteLine($"  {IssueName(d.Issue),-13} {d.Kind,-6} {d.Start}-{d.End} \"{d.Text}\": {detail}");
            o.WriteLine($"      line {d.Line}: {d.Context}");
        }
    }

    private static void CountsHeader(TextWriter o, string first) =>
        o.WriteLine($"  {first,-12} {"gold",5} {"pred",5} {"correct",7} {"P",6} {"R",6} {"F1",6}");

    private static void CountsRow(TextWriter o, string name, GoldCounts c) =>
        o.WriteLine($"  {name,-12} {c.Gold,5} {c.Predicted,5} {c.Correct,7} {F(c.Precision),6} {F(c.Recall),6} {F(c.F1),6}");

    private static string Accuracy(GoldAccuracy a) => $"{F(a.Value)} ({a.Correct}/{a.Total})";

    internal static string IssueName(GoldIssue issue) => issue switch
    {
        GoldIssue.Miss => "miss",
        GoldIssue.FalseAlarm => "false-alarm",
        GoldIssue.WrongExtent => "wrong-extent",
        GoldIssue.WrongValue => "wrong-value",
        GoldIssue.WrongType => "wrong-type",
        GoldIssue.WrongSpeaker => "wrong-speaker",
        _ => issue.ToString(),
    };

    private static void WriteGoldJson(TextWriter o, string goldPath, string predictionName, GoldEvaluation e)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("gold", goldPath);
            w.WriteString("prediction", predictionName);
            w.WriteString("id", e.DocumentId);
            w.WriteString("gold_reference_date", e.GoldReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("predicted_reference_date", e.PredictedReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

            w.WriteStartObject("entities");
            w.WriteStartObject("labels");
            foreach (var (label, counts) in e.EntityLabels) WriteCounts(w, label, counts);
            w.WriteEndObject();
            WriteCounts(w, "all", e.Entities);
            WriteAccuracy(w, "canonical_accuracy", e.Canonical);
            w.WriteEndObject();

            w.WriteStartObject("dates");
            WriteCounts(w, "strict", e.DatesStrict);
            WriteCounts(w, "relaxed", e.DatesRelaxed);
            WriteCounts(w, "value", e.DateValues);
            WriteAccuracy(w, "value_accuracy", e.DateValueAccuracy);
            WriteAccuracy(w, "type_accuracy", e.DateTypeAccuracy);
            w.WriteEndObject();

            w.WriteStartObject("quotes");
            WriteCounts(w, "exact", e.QuotesExact);
            WriteCounts(w, "overlap", e.QuotesOverlap);
            WriteAccuracy(w, "speaker_accuracy", e.Speakers);
            WriteAccuracy(w, "speaker_mention_accuracy", e.SpeakerMentions);
            w.WriteEndObject();

            w.WriteStartArray("discrepancies");
            foreach (var d in e.Discrepancies)
            {
                w.WriteStartObject();
                w.WriteString("kind", d.Kind);
                w.WriteString("issue", IssueName(d.Issue));
                w.WriteNumber("start", d.Start);
                w.WriteNumber("end", d.End);
                w.WriteString("text", d.Text);
                w.WriteString("expected", d.Expected);
                w.WriteString("found", d.Found);
                w.WriteNumber("line", d.Line);
                w.WriteString("context", d.Context);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        o.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, GoldCounts c)
    {
        w.WriteStartObject(name);
        w.WriteNumber("gold", c.Gold);
        w.WriteNumber("predicted", c.Predicted);
        w.WriteNumber("correct", c.Correct);
        w.WriteNumber("precision", Math.Round(c.Precision, 4));
        w.WriteNumber("recall", Math.Round(c.Recall, 4));
        w.WriteNumber("f1", Math.Round(c.F1, 4));
        w.WriteEndObject();
    }

    private static void WriteAccuracy(Utf8JsonWriter w, string name, GoldAccuracy a)
    {
        w.WriteStartObject(name);
        w.WriteNumber("correct", a.Correct);
        w.WriteNumber("total", a.Total);
        w.WriteNumber("accuracy", Math.Round(a.Value, 4));
        w.WriteEndObject();
    }
}
