using System.Text.Json;
using FactExtract.Output;

namespace FactExtract.Tests.Seed;

/// <summary>The facts summary, built from the seed's gold mentions (what a perfect pipeline would give).</summary>
public class ArticleFactsTests
{
    private readonly ExtractionResult _gold = SeedGold.Load();

    private ArticleFacts Facts => ArticleFacts.From(_gold.Entities, _gold.Dates, _gold.Quotes, _gold.ReferenceDate);

    [Fact]
    public void GoldFileReaderDerivesTheFactsFromTheMentions()
    {
        Assert.Equal(Facts.Organisations, _gold.Facts.Organisations);
        Assert.Equal(Facts.Timeline, _gold.Facts.Timeline);
    }

    [Fact]
    public void OrganisationsAreFoldedByCanonicalNameMostMentionedFirst()
    {
        var orgs = Facts.Organisations;

        Assert.Equal(7, orgs.Count);
        Assert.Equal(new OrganisationFact("BlackBerry", 15, _gold.Text.IndexOf("BlackBerry", StringComparison.Ordinal)), orgs[0]);
        Assert.Equal(("Motherboard", 3), (orgs[1].Canonical, orgs[1].Mentions));
        Assert.DoesNotContain(orgs, o => o.Canonical is "Pakistan" or "BlackBerry Enterprise Server");
    }

    [Fact]
    public void TimelineIsInValueOrderWithRelativeValuesPlaced()
    {
        var values = Facts.Timeline.Select(t => t.Value).ToArray();

        Assert.Equal(new[]
        {
            "PAST_REF", "2006", "2011", "2015", "2015-07", "2015-11-29TNI", "2015-11-30", "2015-11-30TMO", "PRESENT_REF", "2015-12-30",
        }, values);
        var year = Facts.Timeline.Single(t => t.Value == "2015");
        Assert.Equal(("the End of the Year", 3), (year.Text, year.Mentions));
    }

    [Fact]
    public void QuotationsAreGroupedBySpeakerInOrderOfFirstQuotation()
    {
        var speakers = Facts.Speakers;

        Assert.Equal(new[] { "Pakistan Telecommunications Authority", "BlackBerry" }, speakers.Select(s => s.Speaker));
        Assert.Equal(5, speakers[1].Quotes.Count);
        Assert.True(speakers[1].Quotes.Select(q => q.Start).SequenceEqual(speakers[1].Quotes.Select(q => q.Start).Order()));
    }

    [Fact]
    public void PresentRefGoesLastWithoutAReferenceDateAndUnresolvedValuesAfterIt()
    {
        var dates = new[]
        {
            new DateMention("every week", 0, 10, "SET", "P1W"),
            new DateMention("now", 11, 14, "DATE", "PRESENT_REF"),
            new DateMention("July", 15, 19, "DATE", "XXXX-07"),
            new DateMention("2015", 20, 24, "DATE", "2015"),
        };
        var timeline = ArticleFacts.From([], dates, [], referenceDate: null).Timeline.Select(t => t.Value);

        Assert.Equal(new[] { "2015", "PRESENT_REF", "P1W", "XXXX-07" }, timeline);
    }

    [Fact]
    public void JsonOutputHasAFactsSectionAfterQuotes()
    {
        var json = JsonResultWriter.ToJson(_gold);
        using var doc = JsonDocument.Parse(json);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray();

        Assert.Equal("facts", names[^1]);
        Assert.Equal("attributions", names[^2]);
        Assert.Equal("quotes", names[^3]);
        var facts = doc.RootElement.GetProperty("facts");
        Assert.Equal("BlackBerry", facts.GetProperty("organisations")[0].GetProperty("canonical").GetString());
        Assert.Equal(15, facts.GetProperty("organisations")[0].GetProperty("mentions").GetInt32());
        Assert.Equal("PAST_REF", facts.GetProperty("timeline")[0].GetProperty("value").GetString());
        Assert.Equal(5, facts.GetProperty("speakers")[1].GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public void PipelineResultCarriesFactsBuiltFromItsOwnMentions()
    {
        var result = FactExtractor.CreateDefault().Extract(TestPaths.SeedText);
        var expected = ArticleFacts.From(result.Entities, result.Dates, result.Quotes, result.ReferenceDate);

        Assert.Equal(expected.Organisations, result.Facts.Organisations);
        Assert.Equal(expected.Timeline, result.Facts.Timeline);
        Assert.Equal(expected.Speakers.Select(s => s.Speaker), result.Facts.Speakers.Select(s => s.Speaker));
    }
}
