using FactExtract.Evaluation;
using FactExtract.Quotes;

namespace FactExtract.Training.MLNet;

/// <summary>One article run through the pipeline once: its text, gold attributions and NER entities (reused by every quote-stage variant).</summary>
internal sealed record QuotesArticle(QuoteCorpusArticle Gold, IReadOnlyList<EntityMention> Entities);

/// <summary>A row for ML.NET: dense 0/1 features and a yes/no label.</summary>
internal sealed class QuotesExample
{
    public float[] Features { get; set; } = Array.Empty<float>();

    public bool Label { get; set; }
}

/// <summary>
/// Training examples for the two quote-stage models, read off PolNeAR: the quote finder runs with
/// the hand rules and a <see cref="QuoteTrace"/>, and each traced decision is labelled from the gold
/// attributions. A quoted span is a quotation when it matches a gold direct quotation (overlap at
/// least half the union, as the scorer counts) or lies inside a partly quoted content; otherwise it
/// is a scare quote or title. A speaker candidate of a span matching a gold quotation with a
/// source is right when it overlaps that source.
/// </summary>
internal static class QuotesExamples
{
    public static List<QuotesArticle> Analyze(IReadOnlyList<QuoteCorpusArticle> articles)
    {
        var extractor = FactExtractor.CreateDefault();
        var result = new List<QuotesArticle>(articles.Count);
        foreach (var a in articles)
        {
            var analyzed = extractor.Analyze(new Document(a.Name, a.Text), CancellationToken.None);
            result.Add(new QuotesArticle(a, analyzed.Entities.ToArray()));
        }

        return result;
    }

    public static (List<QuotesExample> Quotations, List<QuotesExample> Speakers) Collect(IReadOnlyList<QuotesArticle> articles)
    {
        var quotations = new List<QuotesExample>();
        var speakers = new List<QuotesExample>();
        var output = new List<Quotation>();
        foreach (var article in articles)
        {
            var text = article.Gold.Text;
            var (direct, mixed) = QuoteCorpusGold.Units(article.Gold);
            var trace = new QuoteTrace();
            output.Clear();
            QuoteFinder.Find(text, article.Entities, output, QuoteModel.Shipped, QuoteFinderOptions.Rules, trace);
            foreach (var row in trace.Quotations)
            {
                if (!row.Fragment) continue; // whole sentences are quotations by the contract; the model judges fragments

                bool positive = Match(direct, row.Start, row.End) >= 0 || mixed.Exists(m => m.Start < row.End && row.Start < m.End);
                quotations.Add(new QuotesExample { Features = row.Features, Label = positive });
            }

            foreach (var row in trace.Speakers)
            {
                int g = Match(direct, row.QuoteStart, row.QuoteEnd);
                if (g < 0 || direct[g].Source is not { Count: > 0 } source) continue;
                bool right = source.Any(s => s.Start < row.MentionEnd && row.MentionStart < s.End);
                speakers.Add(new QuotesExample { Features = row.Features, Label = right });
            }
        }

        return (quotations, speakers);
    }

    private static int Match(List<QuoteCorpusQuote> direct, int start, int end)
    {
        int best = -1;
        double bestRatio = QuoteCorpusScorer.MinOverlap;
        for (int g = 0; g < direct.Count; g++)
        {
            int overlap = Math.Min(end, direct[g].End) - Math.Max(start, direct[g].Start);
            if (overlap <= 0) continue;
            double r = (double)overlap / (Math.Max(end, direct[g].End) - Math.Min(start, direct[g].Start));
            if (r >= bestRatio) { bestRatio = r; best = g; }
        }

        return best;
    }
}
