using System.Globalization;
using System.Text.Json;
using FactExtract.Evaluation;

namespace FactExtract.Cli.Commands;

internal static partial class EvalCommand
{
    /// <summary><c>factextract eval --polnear FOLDER|ARCHIVE.tar.gz [--format json]</c>: direct-quotation and speaker scores on a PolNeAR compartment.</summary>
    internal static int RunQuoteCorpus(string folder, bool json, TextWriter stdout, TextWriter stderr, NerChoice? ner = null)
    {
        IReadOnlyList<QuoteCorpusArticle> articles;
        try
        {
            articles = QuoteCorpusReader.Read(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"error: {folder}: {e.Message}");
            return ExitCodes.BadUsage;
        }

        var extractor = FactExtractor.Create((ner ?? NerChoice.Default).ToOptions());
        int failed = 0;
        var report = QuoteCorpusScorer.Score(articles, a =>
        {
            try
            {
                return extractor.Extract(new Document(a.Name, a.Text)).Quotes;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                stderr.WriteLine($"error: {a.Name}: {e.Message}");
                failed++;
                return Array.Empty<Quotation>();
            }
        });

        if (json) WriteJson(report, folder, stdout);
        else WriteText(report, folder, stdout);
        return failed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
    }

    private static void WriteText(QuoteCorpusReport r, string folder, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"PolNeAR {folder}: {r.Articles} articles (first annotator per article)");
        o.WriteLine($"gold direct quotations {r.Gold}, predicted {r.Predicted} (inside mixed contents, not scored: {r.IgnoredInMixed})");
        o.WriteLine(string.Format(c, "{0,-34} {1,6} {2,6} {3,6}", "", "P", "R", "F1"));
        o.WriteLine(string.Format(c, "{0,-34} {1,6:F1} {2,6:F1} {3,6:F1}", "direct quotes (overlap >= 50%)", r.Precision, r.Recall, r.F));
        o.WriteLine(string.Format(c, "{0,-34} {1,6:F1} {2,6:F1} {3,6:F1}", "exact span", r.ExactPrecision, r.ExactRecall, r.ExactF));
        o.WriteLine(string.Format(c, "{0,-34} {1,6:F1} {2,6:F1} {3,6:F1}", "strict (mixed counted as FP)", r.StrictPrecision, r.Recall, r.StrictF));
        o.WriteLine(string.Format(c, "speaker accuracy {0:F1} % ({1}/{2} matched quotations with a gold source; {3} without a predicted speaker)",
            r.SpeakerAccuracy, r.SpeakerCorrect, r.SpeakerGold, r.SpeakerMissing));
    }

    private static void WriteJson(QuoteCorpusReport r, string folder, TextWriter o)
    {
        var payload = new
        {
            folder,
            articles = r.Articles,
            gold = r.Gold,
            predicted = r.Predicted,
            matched = r.Matched,
            false_positives = r.FalsePositives,
            ignored_in_mixed = r.IgnoredInMixed,
            precision = Math.Round(r.Precision, 2),
            recall = Math.Round(r.Recall, 2),
            f1 = Math.Round(r.F, 2),
            exact_precision = Math.Round(r.ExactPrecision, 2),
            exact_recall = Math.Round(r.ExactRecall, 2),
            exact_f1 = Math.Round(r.ExactF, 2),
            strict_precision = Math.Round(r.StrictPrecision, 2),
            strict_f1 = Math.Round(r.StrictF, 2),
            speaker_gold = r.SpeakerGold,
            speaker_correct = r.SpeakerCorrect,
            speaker_missing = r.SpeakerMissing,
            speaker_accuracy = Math.Round(r.SpeakerAccuracy, 2),
            errors = r.Errors.Select(e => new { article = e.Article, kind = e.Kind, start = e.Start, end = e.End, other_start = e.SpeakerStart, other_end = e.SpeakerEnd, note = e.Speaker }),
        };
        o.WriteLine(JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true }));
    }
}
