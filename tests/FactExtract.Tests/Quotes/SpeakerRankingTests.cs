using FactExtract.Quotes;
using static FactExtract.Tests.Quotes.QuoteTestHelpers;

namespace FactExtract.Tests.Quotes;

/// <summary>
/// The learnt speaker ranker (ML.NET logistic regression scored by the project's code): where
/// the hand rules' fixed order finds no speaker or the wrong one, the ranker weighs every
/// candidate mention. Each case is checked against the rules too, so the test shows what the
/// model changes.
/// </summary>
public class SpeakerRankingTests
{
    private static List<Quotation> Find(string text, QuoteFinderOptions options)
    {
        var output = new List<Quotation>();
        QuoteFinder.Find(text, Array.Empty<EntityMention>(), output, QuoteModel.Shipped, options);
        return output;
    }

    [Fact]
    public void PipelineRanksSpeakersWithTheModelAndKeepsTheRuleFilter()
    {
        Assert.True(QuoteFinderOptions.Shipped.LearnedRanker);
        Assert.False(QuoteFinderOptions.Shipped.LearnedFilter);
    }

    [Fact]
    public void SecondFragmentAfterBecauseTakesTheSpeakerOfTheFirst()
    {
        const string text = "The senator says “the whole budget has become a mess” because “the committee has become weak like the rest of Congress.”";
        Assert.Null(Find(text, QuoteFinderOptions.Rules)[1].SpeakerStart);
        var quotes = FindQuotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("The senator", Mention(text, quotes[1]));
    }

    [Fact]
    public void QuotationAfterAddingTakesTheSubjectOfTheSentence()
    {
        const string text = "The mayor told reporters that the plan “was a crazy policy which was maniacal,” adding, “He lost all of the votes in the city.”";
        Assert.Null(Find(text, QuoteFinderOptions.Rules)[1].SpeakerStart);
        var quotes = FindQuotes(text);
        Assert.Equal("The mayor", Mention(text, quotes[1]));
    }

    [Fact]
    public void WholeSentenceFollowedByAnotherSpeakersSentenceKeepsTheContinuation()
    {
        const string text = "“We cannot support this bill,” the Senate minority leader said. “It is a disgrace.” Reid said the vote would be close.";
        var quotes = FindQuotes(text);
        Assert.Equal("the Senate minority leader", Mention(text, quotes[1]));
    }

    [Fact]
    public void NoCandidateMeansNoSpeaker()
    {
        const string text = "The mayor was asked about the strike on Friday.\n\n“We are talking to both sides and we expect a deal by the weekend.”";
        var q = Single(text);
        Assert.Null(q.Speaker);
        Assert.Null(q.SpeakerStart);
    }
}
