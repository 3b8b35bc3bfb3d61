using static FactExtract.Tests.Quotes.QuoteTestHelpers;

namespace FactExtract.Tests.Quotes;

/// <summary>Pairing quote marks: straight, curly, nested, multi-paragraph, unbalanced.</summary>
public class QuoteScanningTests
{
    [Fact]
    public void CurlyQuotationIncludesItsMarks()
    {
        const string text = "“We will not back down,” the mayor said on Monday.";
        var q = Single(text);
        Assert.Equal("“We will not back down,”", q.Text);
        Assert.Equal(0, q.Start);
        AssertOffsets(text, q);
    }

    [Fact]
    public void StraightQuotationIsFound()
    {
        const string text = "\"We will not back down,\" the mayor said on Monday.";
        var q = Single(text);
        Assert.Equal("\"We will not back down,\"", q.Text);
    }

    [Fact]
    public void SingleQuotesNestedInsideAreNotSeparateQuotations()
    {
        const string text = "“We do not support ‘back doors’ into our systems,” the company said.";
        var q = Single(text);
        Assert.Contains("‘back doors’", q.Text);
    }

    [Fact]
    public void NestedCurlyDoubleQuoteStaysInsideTheOuterOne()
    {
        const string text = "“I’d rather live in what he calls “hell” than in a world where he is president,” said Adriana Ruiz.";
        var q = Single(text);
        Assert.EndsWith("president,”", q.Text);
        Assert.Equal("Adriana Ruiz", q.Speaker);
    }

    [Fact]
    public void StraightNestedDoubleQuoteStaysInside()
    {
        const string text = "\"He called the plan \"dead on arrival\" before reading it,\" Senator Mark Dole said.";
        var q = Single(text);
        Assert.EndsWith("reading it,\"", q.Text);
    }

    [Fact]
    public void MultiParagraphQuotationIsOne()
    {
        const string text = "The governor spoke for an hour.\n\n“We have cut taxes for every family in this state.\n\n“And we will keep cutting them until the job is done,” Governor Amy Lutz said.";
        var q = Single(text);
        Assert.StartsWith("“We have cut taxes", q.Text);
        Assert.EndsWith("done,”", q.Text);
        Assert.Equal("Amy Lutz", q.Speaker);
    }

    [Fact]
    public void ThreeParagraphQuotationIsOne()
    {
        const string text = "Senator Joan Park said:\n\n“First, we fund the schools.\n\n“Second, we fix the roads.\n\n“Third, we balance the budget.”\n\nThe crowd cheered.";
        var q = Single(text);
        Assert.EndsWith("budget.”", q.Text);
        Assert.Equal("Joan Park", q.Speaker);
    }

    [Fact]
    public void UnclosedQuotationStopsAtItsParagraph()
    {
        const string text = "“We will win this race, the candidate told supporters in Ohio.\n\nThe polls, however, show her trailing by nine points.";
        var q = Single(text);
        Assert.Equal(text.IndexOf('\n'), q.End);
        Assert.DoesNotContain("polls", q.Text);
    }

    [Fact]
    public void UnbalancedQuoteAtTheEndOfTheDocumentIsCapped()
    {
        const string text = "The company declined to comment.\n\nIn a statement, the company said: “We are reviewing the decision and will respond";
        var q = Single(text);
        Assert.Equal(text.Length, q.End);
        Assert.StartsWith("“We are reviewing", q.Text);
        Assert.Equal("the company", Mention(text, q));
    }

    [Fact]
    public void DocumentThatIsOneLongQuotation()
    {
        const string text = "“We came to this city with nothing, and we built a business that now employs four hundred people. We are proud of every one of them, and we will not leave.”";
        var q = Single(text);
        Assert.Equal(0, q.Start);
        Assert.Equal(text.Length, q.End);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void StrayClosingMarkIsIgnored()
    {
        const string text = "The senator left” the room early.\n\n“We need a vote this week,” Senator Ann Cole said.";
        var q = Single(text);
        Assert.StartsWith("“We need", q.Text);
    }

    [Fact]
    public void InchMarksAreNotQuotes()
    {
        const string text = "The suspect is 6'2\" tall and carried a 12\" pipe, police said.";
        Assert.Empty(FindQuotes(text));
    }

    [Fact]
    public void MarksInsideMarkupTagsAreIgnored()
    {
        const string text = "<tweet author=\"jsmith\" date=\"2016-01-19\">Great rally tonight</tweet>\n\nThe rally drew thousands.";
        Assert.Empty(FindQuotes(text));
    }

    [Fact]
    public void StraightOpenerWithCurlyCloserIsOneQuotation()
    {
        const string text = "\"Oz has a huge bully pulpit behind him,” said David Gorski, a surgeon.";
        var q = Single(text);
        Assert.Equal("David Gorski", q.Speaker);
    }

    [Fact]
    public void WrongWayCurlyCloserStillCloses()
    {
        const string text = "“Apparently not,“ he said. “A leopard doesn’t change its spots.”";
        var quotes = FindQuotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("“Apparently not,“", quotes[0].Text);
    }

    [Fact]
    public void EmptyQuotesAreNotQuotations()
    {
        Assert.Empty(FindQuotes("He typed \"\" into the search box and waited."));
    }

    [Fact]
    public void TextWithoutQuoteMarksHasNoQuotations()
    {
        Assert.Empty(FindQuotes("The city council voted 7-2 on Tuesday to approve the new budget."));
    }

    [Fact]
    public void UnclosedParagraphFollowedByAnAttributedParagraphIsTwoQuotations()
    {
        const string text = "“They think every Arab person is Muslim, and that all Muslims are terrorists,” he said. “They never ask.\n\n“And they still believe that we use camels,” Omar Haddad said with a grin.";
        var quotes = FindQuotes(text);
        Assert.Equal(3, quotes.Count);
        Assert.StartsWith("“And they still", quotes[2].Text);
        Assert.Equal("Omar Haddad", quotes[2].Speaker);
    }

    [Fact]
    public void EveryQuotationTextMatchesItsOffsets()
    {
        const string text = "“One,” she said. \"Two,\" he said.\n\n“Three paragraphs of text here,” they said.";
        foreach (var q in FindQuotes(text)) AssertOffsets(text, q);
    }

    [Fact]
    public void StraightCloserAfterANestedSingleQuoteAndASpace()
    {
        const string text = "\"They want to know why they shouldn't vote for the household name of 'Clinton,' \" said Bree Maxwell, a student.";
        var q = Single(text);
        Assert.EndsWith("'Clinton,' \"", q.Text);
        Assert.Equal("Bree Maxwell", q.Speaker);
    }

    [Fact]
    public void StraightOpenerBeforePunctuationGluedToAWord()
    {
        const string text = "The campaign answered at once. \".@SenSmith put gun makers ahead of parents of the children killed,\" the tweet said.";
        var q = Single(text);
        Assert.StartsWith("\".@SenSmith", q.Text);
    }

    [Fact]
    public void InvisibleFormattingCharacterBeforeAMarkIsSpace()
    {
        const string text = "Readers wrote in by the hundreds.\n\n\u202A”This is why the group has to be stopped. They are evil,” wrote Pete Hidalgo.";
        var q = Single(text);
        Assert.Equal("Pete Hidalgo", q.Speaker);
    }

    [Fact]
    public void ClosingCurlyMarkOpeningAParagraphOpensTheQuotation()
    {
        const string text = "The president defended his choice of words.\n\n” … what I learned from listening to these families is that words matter,” he said.";
        var q = Single(text);
        Assert.StartsWith("” … what I learned", q.Text);
        Assert.Equal("he", Mention(text, q));
    }

    [Fact]
    public void StraightMarkLeftOpenDoesNotSwallowTheNextCurlyParagraph()
    {
        const string text = "The reporter describes the evening at home.\n\n\"Kevin was snoring.\n\n“Here he is, babe,” she said. “Donald’s here, babe.”";
        var quotes = FindQuotes(text);
        Assert.Contains(quotes, q => q.Text == "“Here he is, babe,”" && Mention(text, q) == "she");
        Assert.DoesNotContain(quotes, q => q.Text.Contains("snoring") && q.Text.Contains("babe"));
    }
}
