using static FactExtract.Tests.Quotes.QuoteTestHelpers;

namespace FactExtract.Tests.Quotes;

/// <summary>The seed article: six quotations, one of them split by its attribution, one scare quote left out.</summary>
public class SeedQuoteTests
{
    private static readonly string Text = TestPaths.SeedText;

    [Fact]
    public void SixQuotations()
    {
        Assert.Equal(6, FindQuotes(Text).Count);
    }

    [Fact]
    public void ScareQuoteIsNotReported()
    {
        var quotes = FindQuotes(Text);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("back doors") && q.Text.Length < 20);
    }

    [Fact]
    public void SeriousConcernsIsThePtasWords()
    {
        var q = Assert.Single(FindQuotes(Text), q => q.Text.Contains("serious concerns"));
        Assert.Equal("“serious concerns.”", q.Text);
        Assert.Equal("Pakistan Telecommunications Authority", q.Speaker);
    }

    [Fact]
    public void EveryOtherQuotationIsBlackBerrys()
    {
        var others = FindQuotes(Text).Where(q => !q.Text.Contains("serious concerns")).ToList();
        Assert.Equal(5, others.Count);
        Assert.All(others, q => Assert.Equal("BlackBerry", q.Speaker));
        Assert.All(others, q => Assert.Equal("BlackBerry", Mention(Text, q)));
    }

    [Fact]
    public void SplitQuotationIsTwoEntries()
    {
        var quotes = FindQuotes(Text);
        var first = Assert.Single(quotes, q => q.Text.StartsWith("“Although"));
        var second = Assert.Single(quotes, q => q.Text.StartsWith("“because"));
        Assert.Equal(first.SpeakerStart, second.SpeakerStart);
        Assert.Equal("states", first.Cue);
    }

    [Fact]
    public void ContractExampleOffsets()
    {
        var q = Assert.Single(FindQuotes(Text), q => q.Text.StartsWith("“The truth is"));
        Assert.Equal(1133, q.Start);
        Assert.Equal(1313, q.End);
        Assert.Equal(1314, q.SpeakerStart);
        Assert.Equal(1324, q.SpeakerEnd);
        AssertOffsets(Text, q);
    }
}
