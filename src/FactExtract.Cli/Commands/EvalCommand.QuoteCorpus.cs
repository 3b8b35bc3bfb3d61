using System.Globalization;
using System.Text.Json;
using FactExtract.Evaluation;

namespace FactExtract.Cli.Commands;

internal static partial class EvalCommand
{
    /// <summary><c>factextract eval --polnear FOLDER|ARCHIVE.tar.gz [--format json]</c>: direct-quotation and speaker scores, and attribution (content, cue, source) scores, on a PolNeAR compartment.</summary>
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
        // Each article is extracted once; both scorers read the same result.
        var results = new Dictionary<QuoteCorpusArticle, ExtractionResult?>(ReferenceEqualityComparer.Instance);
        foreach (var a in articles)
        {
            var result = extractor.Extract(new Document(a.Name, a.Text));
            if (!result.Succeeded)
            {
                stderr.WriteLine($"error: {a.Name}: {result.Error}");
                failed++;
                results[a] = null;
            }
            else
            {
                results[a] = result;
            }
        }

        var report = QuoteCorpusScorer.Score(articles, a => results[a]?.Quotes ?? Array.Empty<Quotation>());
        var attributions = AttributionCorpusScorer.Score(articles, a => results[a]?.Attributions ?? Array.Empty<AttributionMention>());

        if (json) WriteJson(report, attributions, folder, stdout);
        else WriteText(report, attributions, folder, stdout);
        return failed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
    }

    private static void WriteText(QuoteCorpusReport r, AttributionCorpusReport a, string folder, TextWriter o)
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
        o.WriteLine();
        o.WriteLine($"attributions: gold {a.Gold}, predicted {a.Predicted}, matched {a.Matched}");
        o.WriteLine(string.Format(c, "{0,-34} {1,6} {2,6} {3,6}", "", "P", "R", "F1"));
        o.WriteLine(string.Format(c, "{0,-34} {1,6:F1} {2,6:F1} {3,6:F1}", "content (overlap >= 50% of both)", a.Precision, a.Recall, a.F));
        o.WriteLine(string.Format(c, "{0,-34} {1,6:F1} {2,6:F1} {3,6:F1}", "content exact", a.ExactPrecision, a.ExactRecall, a.ExactF));
        foreach (var (kind, k) in a.ByKind)
            o.WriteLine(string.Format(c, "{0,-34} {1,6:F1} {2,6:F1} {3,6:F1}   (gold {4}, predicted {5})", "  " + kind.ToString().ToLowerInvariant(), k.Precision, k.Recall, k.F, k.Gold, k.Predicted));
        o.WriteLine(string.Format(c, "{0,-34} {1,6:F1} {2,6:F1} {3,6:F1}", "source end to end", a.SourcePrecision, a.SourceRecall, a.SourceF));
        o.WriteLine(string.Format(c, "cue accuracy {0:F1} %, source accuracy {1:F1} % (over {2} matched contents)", a.CueAccuracy, a.SourceAccuracy, a.Matched));
    }

    private static void WriteJson(QuoteCorpusReport r, AttributionCorpusReport a, string folder, TextWriter o)
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
            attributions = new
            {
                gold = a.Gold,
                predicted = a.Predicted,
                matched = a.Matched,
                precision = Math.Round(a.Precision, 2),
                recall = Math.Round(a.Recall, 2),
                f1 = Math.Round(a.F, 2),
                exact_precision = Math.Round(a.ExactPrecision, 2),
                exact_recall = Math.Round(a.ExactRecall, 2),
                exact_f1 = Math.Round(a.ExactF, 2),
                by_kind = a.ByKind.ToDictionary(
                    kv => kv.Key.ToString().ToLowerInvariant(),
                    kv => new { gold = kv.Value.Gold, predicted = kv.Value.Predicted, precision = Math.Round(kv.Value.Precision, 2), recall = Math.Round(kv.Value.Recall, 2), f1 = Math.Round(kv.Value.F, 2) }),
                cue_accuracy = Math.Round(a.CueAccuracy, 2),
                source_accuracy = Math.Round(a.SourceAccuracy, 2),
                source_precision = Math.Round(a.SourcePrecision, 2),
                source_recall = Math.Round(a.SourceRecall, 2),
                source_f1 = Math.Round(a.SourceF, 2),
                errors = a.Errors.Select(e => new { article = e.Article, kind = e.Kind, start = e.Start, end = e.End, other_start = e.SpeakerStart, other_end = e.SpeakerEnd, note = e.Speaker }),
            },
            errors = r.Errors.Select(e => new { article = e.Article, kind = e.Kind, start = e.Start, end = e.End, other_start = e.SpeakerStart, other_end = e.SpeakerEnd, note = e.Speaker }),
        };
        o.WriteLine(JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true }));
    }
}
