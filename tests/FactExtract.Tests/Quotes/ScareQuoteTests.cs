using static FactExtract.Tests.Quotes.QuoteTestHelpers;

namespace FactExtract.Tests.Quotes;

/// <summary>Scare quotes and titles are not quotations; short attributed phrases are.</summary>
public class ScareQuoteTests
{
    [Fact]
    public void ScareQuoteIsNotReported()
    {
        Assert.Empty(FindQuotes("Faced with a request to install “back doors” in its software, the company said it would leave the country."));
    }

    [Fact]
    public void ShortPhraseCitedByTheSubjectIsAQuotation()
    {
        const string text = "The Federal Aviation Administration grounded the planes on Friday, citing only “safety concerns.”";
        var q = Single(text);
        Assert.Equal("“safety concerns.”", q.Text);
        Assert.Equal("Federal Aviation Administration", q.Speaker);
        Assert.Equal("citing", q.Cue);
    }

    [Fact]
    public void TelevisionShowTitleIsNotAQuotation()
    {
        Assert.Empty(FindQuotes("Sanders said on ABC's “This Week With George Stephanopoulos” that he would look at the bill."));
    }

    [Fact]
    public void QuotedModifierBeforeANounIsNotAQuotation()
    {
        Assert.Empty(FindQuotes("Carson posted the “Perception” syllabus on his Facebook page."));
    }

    [Fact]
    public void NamedThingAfterCalledIsNotAQuotation()
    {
        Assert.Empty(FindQuotes("A warm-up band called “Sophistafunk” got the crowd dancing."));
    }

    [Fact]
    public void ShortQuoteAttachedToItsSpeakerIsAQuotation()
    {
        const string text = "A reporter for Agence France-Presse called it “absolute chaos.”";
        var q = Single(text);
        Assert.Equal("“absolute chaos.”", q.Text);
    }

    [Fact]
    public void OneWordAnswerWithAttributionIsAQuotation()
    {
        const string text = "Asked who would pay for the wall, the crowd had one answer.\n\n“Mexico!” the audience screamed back.";
        var q = Single(text);
        Assert.Equal("the audience", Mention(text, q));
    }

    [Fact]
    public void LongQuotationWithoutAttributionIsStillAQuotation()
    {
        const string text = "The statement ended bluntly.\n\n“We will not pay a single dollar to people who broke the law.”\n\nNo one signed it.";
        var q = Single(text);
        Assert.Null(q.Speaker);
        Assert.Null(q.SpeakerStart);
        Assert.Null(q.Cue);
    }

    [Fact]
    public void TermInQuotesMidSentenceIsNotAQuotation()
    {
        Assert.Empty(FindQuotes("Critics say the so-called “sharing economy” has left drivers without benefits."));
    }

    [Fact]
    public void BookTitleAfterPossessiveIsNotAQuotation()
    {
        Assert.Empty(FindQuotes("In her memoir, “Tough Choices,” the former executive describes the merger fight in detail."));
    }

    [Fact]
    public void ProgrammeAfterPossessiveIsNotAQuotationEvenBeforeAnAttribution()
    {
        Assert.Empty(FindQuotes("Opponents jumped on it. On ABC News's \"This Week,\" Rubio said that refusing was wrong."));
    }

    [Fact]
    public void QuotedModifierBeforeANounAndVerbIsNotAQuotation()
    {
        Assert.Empty(FindQuotes("As the “Never Trump” movement continues to battle, donors wait."));
    }

    [Fact]
    public void DashFollowedByAVerbIsNoSpeaker()
    {
        Assert.Empty(FindQuotes("Both forms of “printing money” — boost economic growth and create jobs."));
    }

    [Fact]
    public void NamingVerbWithALongObjectAttributesTheQuotedWords()
    {
        const string text = "In April, the governor called the company’s plans to open a new assembly plant in Mexico “an absolute disgrace,” and threatened a tax.";
        var q = Single(text);
        Assert.Equal("“an absolute disgrace,”", q.Text);
        Assert.Equal("the governor", Mention(text, q));
    }

    [Fact]
    public void NamingVerbRightBeforeATitleStillNamesAThing()
    {
        Assert.Empty(FindQuotes("The governor watched a show called “Modern Family” with his grandchildren."));
    }
}
