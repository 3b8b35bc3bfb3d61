using System.Diagnostics;
using System.Text;

namespace FactExtract.Tests.Robustness;

/// <summary>The quotation stage alone on repeated news text: 8× the text within 12× the time (issue 20).</summary>
[Collection(TimingCollection.Name)]
public class QuoteStageLinearTimeTests
{
    [Fact]
    public void RepeatedNewsTextTakesLinearTimeInTheQuotationStage()
    {
        var extractor = FactExtractor.CreateDefault();
        var seed = TestPaths.SeedText;
        // The entities come from the real pipeline, once: the speaker search is measured, not the entity stage.
        (string Text, IReadOnlyList<EntityMention> Entities) Of(int bytes)
        {
            var b = new StringBuilder(bytes + seed.Length);
            while (b.Length < bytes) b.Append(seed).Append("\n\n");
            var text = b.ToString();
            return (text, extractor.Extract(text).Entities);
        }

        var small = Of(100 * 1024);
        var large = Of(8 * 100 * 1024);
        double Fastest((string Text, IReadOnlyList<EntityMention> Entities) doc)
        {
            double best = double.MaxValue;
            for (int r = 0; r < 3; r++)
            {
                GC.Collect();
                var quotes = new List<Quotation>();
                var watch = Stopwatch.StartNew();
                FactExtract.Quotes.QuoteFinder.Find(doc.Text, doc.Entities, quotes);
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                Assert.NotEmpty(quotes);
            }

            return best;
        }

        Fastest(small);
        Fastest(large);
        double tSmall = Fastest(small), tLarge = Fastest(large);
        Assert.True(tLarge / tSmall <= 12, $"8x the text took {tLarge / tSmall:F1}x the time ({tSmall:F1} ms -> {tLarge:F1} ms)");
    }
}
