using System.Text;

namespace FactExtract.Tests.Robustness;

/// <summary>The quotation stage alone on repeated news text: 8× the text within 12× the time (issue 20).</summary>
[Collection(TimingCollection.Name)]
public class QuoteStageLinearTimeTests
{
    [Fact]
    public void RepeatedNewsTextTakesLinearTimeInTheQuotationStage()
    {
        var seed = TestPaths.SeedText;
        // The seed's own entities, repeated with each copy: the speaker search is measured, not the entity stage.
        var seedEntities = FactExtractor.CreateDefault().Extract(seed).Entities;
        (string Text, List<EntityMention> Entities) Of(int bytes)
        {
            var b = new StringBuilder(bytes + seed.Length);
            var entities = new List<EntityMention>();
            while (b.Length < bytes)
            {
                int offset = b.Length;
                entities.AddRange(seedEntities.Select(e => e with { Start = e.Start + offset, End = e.End + offset }));
                b.Append(seed).Append("\n\n");
            }

            return (b.ToString(), entities);
        }

        var small = Of(400 * 1024);
        var large = Of(8 * 400 * 1024);
        var entities = new Dictionary<string, List<EntityMention>> { [small.Text] = small.Entities, [large.Text] = large.Entities };
        void Run(string text)
        {
            var quotes = new List<Quotation>();
            FactExtract.Quotes.QuoteFinder.Find(text, entities[text], quotes);
            Assert.NotEmpty(quotes);
        }

        LinearTimeTests.AssertLinear(small.Text, large.Text, runs: 3, Run);
    }
}
