using static FactExtract.Tests.Quotes.QuoteTestHelpers;

namespace FactExtract.Tests.Quotes;

/// <summary>Pronouns, descriptions, short names and continuations resolved to a name.</summary>
public class SpeakerResolutionTests
{
    [Fact]
    public void PronounResolvesToTheNearestEarlierPerson()
    {
        const string text = "Pollster Pat Caddell has studied voters for decades.\n\n“This is in their heads,” he said.";
        var q = Single(text);
        Assert.Equal("he", Mention(text, q));
        Assert.Equal("Pat Caddell", q.Speaker);
    }

    [Fact]
    public void PronounSkipsNamesInsideQuotations()
    {
        const string text = "Mayor Linda Shaw spoke first.\n\n“I asked Governor Tom Briggs for help and got nothing,” she said.";
        Assert.Equal("Linda Shaw", Single(text).Speaker);
    }

    [Fact]
    public void ShortNameJoinsTheFullName()
    {
        const string text = "Pat Caddell, a Democratic pollster, spoke to the show.\n\n“Voters are worried,” Caddell said.";
        var q = Single(text);
        Assert.Equal("Caddell", Mention(text, q));
        Assert.Equal("Pat Caddell", q.Speaker);
    }

    [Fact]
    public void TheCompanyResolvesToTheOrganisation()
    {
        const string text = "Shares of Globex Corporation fell 5 percent.\n\n“We are disappointed by the ruling,” the company said in a statement.";
        var q = Single(text);
        Assert.Equal("the company", Mention(text, q));
        Assert.Equal("Globex Corporation", q.Speaker);
    }

    [Fact]
    public void ItResolvesToTheOrganisation()
    {
        const string text = "The Pakistan Telecommunications Authority ordered the block.\n\n“Security concerns leave no choice,” it said.";
        Assert.Equal("Pakistan Telecommunications Authority", Single(text).Speaker);
    }

    [Fact]
    public void SplitQuotationIsTwoEntriesWithTheSameSpeaker()
    {
        const string text = "“Although the directive was aimed only at our servers, we have decided to exit,” Acme’s post states, “because the demand left us no choice.”";
        var quotes = FindQuotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Acme", q.Speaker));
        Assert.Equal(quotes[0].SpeakerStart, quotes[1].SpeakerStart);
    }

    [Fact]
    public void SplitQuotationWithPronoun()
    {
        const string text = "Jane Ortiz runs the shelter.\n\n“We have no beds left,” she said, “and winter has not even started.”";
        var quotes = FindQuotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Jane Ortiz", q.Speaker));
    }

    [Fact]
    public void ContinuationInTheNextParagraphInheritsTheSpeaker()
    {
        const string text = "“We will appeal,” said Dana Wells, the union’s lawyer.\n\n“This ruling ignores thirty years of precedent.”";
        var quotes = FindQuotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Dana Wells", quotes[1].Speaker);
        Assert.Equal(quotes[0].SpeakerStart, quotes[1].SpeakerStart);
    }

    [Fact]
    public void ContinuationInTheSameParagraphInheritsTheSpeaker()
    {
        const string text = "“The truth is they wanted to read every message,” Acme’s post states. “But Acme will not comply with that sort of directive.”";
        var quotes = FindQuotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Acme", quotes[1].Speaker);
    }

    [Fact]
    public void NoInheritanceAcrossUnrelatedParagraphs()
    {
        const string text = "“We will appeal,” said Dana Wells.\n\nThe court did not respond to requests for comment on Friday.\n\nThe hearing lasted four hours and ended without a ruling.\n\n“Nobody here expected a decision this week at all.”";
        var quotes = FindQuotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void ShortStandaloneSentenceContinuesTheSpeaker()
    {
        const string text = "\"I feel very good about our chances in November,\" Tester said. \"Very good.\"";
        var quotes = FindQuotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Tester", quotes[1].Speaker);
    }

    [Fact]
    public void NamedEntitiesFromNerGiveTheCanonicalName()
    {
        const string text = "“We are leaving the market,” Acme said.";
        var output = new List<Quotation>();
        var entities = new[] { new EntityMention("Acme", "ORG", 30, 34, "Acme Corporation") };
        FactExtract.Quotes.QuoteFinder.Find(text, entities, output);
        Assert.Single(output);
        Assert.Equal("Acme Corporation", output[0].Speaker);
    }

    [Fact]
    public void PronounResolvesThroughNerPersonEntities()
    {
        const string text = "Kim Lee arrived late. “We won,” she said.";
        var output = new List<Quotation>();
        var entities = new[] { new EntityMention("Kim Lee", "PERSON", 0, 7, "Kim Lee") };
        FactExtract.Quotes.QuoteFinder.Find(text, entities, output);
        Assert.Equal("Kim Lee", Assert.Single(output).Speaker);
    }
}
