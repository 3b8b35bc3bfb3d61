using static FactExtract.Tests.Quotes.QuoteTestHelpers;

namespace FactExtract.Tests.Quotes;

/// <summary>Every order of quotation, cue and speaker that news text uses.</summary>
public class SpeakerAttributionTests
{
    [Fact]
    public void QuoteThenNameThenCue()
    {
        const string text = "“The budget is balanced,” Maria Lopez said.";
        var q = Single(text);
        Assert.Equal("Maria Lopez", q.Speaker);
        Assert.Equal("Maria Lopez", Mention(text, q));
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void QuoteThenCueThenName()
    {
        const string text = "“The budget is balanced,” said Maria Lopez, the city treasurer.";
        Assert.Equal("Maria Lopez", Single(text).Speaker);
    }

    [Fact]
    public void NameCueColonQuote()
    {
        const string text = "Maria Lopez said: “The budget is balanced.”";
        var q = Single(text);
        Assert.Equal("Maria Lopez", q.Speaker);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void NameCueCommaQuote()
    {
        Assert.Equal("Maria Lopez", Single("Maria Lopez told reporters, “The budget is balanced.”").Speaker);
    }

    [Fact]
    public void OrganisationPostStates()
    {
        const string text = "“We will not comply with that directive,” Acme’s post states.";
        var q = Single(text);
        Assert.Equal("Acme", q.Speaker);
        Assert.Equal("Acme", Mention(text, q));
        Assert.Equal("states", q.Cue);
    }

    [Fact]
    public void OrganisationStatementBeforeQuote()
    {
        const string text = "Acme’s statement said: “We will not comply with that directive.”";
        Assert.Equal("Acme", Single(text).Speaker);
    }

    [Fact]
    public void AccordingToBeforeQuote()
    {
        const string text = "According to Bob Woodward, “The New York real estate world is more complex than the CIA.”";
        var q = Single(text);
        Assert.Equal("Bob Woodward", q.Speaker);
        Assert.Equal("According to", q.Cue);
    }

    [Fact]
    public void AccordingToAfterQuote()
    {
        const string text = "“The deal is off,” according to Tom Reyes, a lawyer for the family.";
        var q = Single(text);
        Assert.Equal("Tom Reyes", q.Speaker);
    }

    [Fact]
    public void AppositiveBeforeColon()
    {
        const string text = "Hugh Hill, a doctor, said: “The hospital cannot take any more patients tonight.”";
        var q = Single(text);
        Assert.Equal("Hugh Hill", q.Speaker);
        Assert.Equal("Hugh Hill", Mention(text, q));
    }

    [Fact]
    public void AppositiveAfterQuote()
    {
        const string text = "“The hospital cannot take any more patients tonight,” Hugh Hill, a doctor at St. Mary’s, said.";
        Assert.Equal("Hugh Hill", Single(text).Speaker);
    }

    [Fact]
    public void SpeakerAfterADash()
    {
        const string text = "“I’d rather move to Canada than vote for him.” — Veronica Cruz";
        var q = Single(text);
        Assert.Equal("Veronica Cruz", q.Speaker);
        Assert.Null(q.Cue);
    }

    [Fact]
    public void SpeakerOnTheLineBefore()
    {
        const string text = "Hugh Hill, a doctor, said:\n\n“The hospital cannot take any more patients tonight.”";
        var q = Single(text);
        Assert.Equal("Hugh Hill", q.Speaker);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void SpeakerOnTheLineAfterADash()
    {
        const string text = "“The whole idea of name-calling needs to stop.”\n\n-Michelle Marks, Philadelphia.";
        Assert.Equal("Michelle Marks", Single(text).Speaker);
    }

    [Fact]
    public void PublicationReportsOnTheLineBefore()
    {
        const string text = "The New York Times reports:\n\n\"Just 24 percent of the contributors to the campaign so far have given $200 or less.\"";
        Assert.Equal("New York Times", Mention(text, Single(text)));
    }

    [Fact]
    public void TitleAndPartyTagBeforeCue()
    {
        const string text = "“This is a disgusting day,” Rep. G.K. Butterfield (D-N.C.) said.";
        var q = Single(text);
        Assert.Equal("G.K. Butterfield", q.Speaker);
    }

    [Fact]
    public void CueThenTitledNameWithAppositive()
    {
        const string text = "“These are howls,” added Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus.";
        Assert.Equal("Jim Clyburn", Single(text).Speaker);
    }

    [Fact]
    public void JobTitleChainBeforeName()
    {
        const string text = "“We should lay off him a little bit,” Senate minority leader Harry Reid told reporters.";
        var q = Single(text);
        Assert.Equal("Harry Reid", q.Speaker);
        Assert.Equal("told", q.Cue);
    }

    [Fact]
    public void TitledNameBetweenCommasBeforeCue()
    {
        const string text = "Tuesday in Berea, after winning Ohio, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”";
        Assert.Equal("John Kasich", Single(text).Speaker);
    }

    [Fact]
    public void SurnameAfterLongAppositive()
    {
        const string text = "“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide margin, said.";
        Assert.Equal("Trump", Mention(text, Single(text)));
    }

    [Fact]
    public void QuestionThenPronounAsked()
    {
        const string text = "Carla Mendes shook her head.\n\n“Who is going to pay for it?” she asked.";
        var q = Single(text);
        Assert.Equal("she", Mention(text, q));
        Assert.Equal("Carla Mendes", q.Speaker);
    }

    [Fact]
    public void RelativeClauseBetweenNameAndCue()
    {
        const string text = "Attorney General Loretta Lynch, who told Congress when asked last month about the inquiry: “That matter is being handled by career agents.”";
        Assert.Equal("Loretta Lynch", Single(text).Speaker);
    }

    [Fact]
    public void CoordinatedVerbTakesTheClauseSubject()
    {
        const string text = "Bernie Sanders looked straight into the camera, furrowed his brow and said, “I’m going to endorse you!”";
        Assert.Equal("Bernie Sanders", Single(text).Speaker);
    }

    [Fact]
    public void ParticipleCueTakesTheSubjectOfTheSentence()
    {
        const string text = "Lori Bernstein held up a sign saying “Jews Against Hate - Because We Have Seen This Before.”";
        Assert.Equal("Lori Bernstein", Single(text).Speaker);
    }

    [Fact]
    public void ColonWithoutCueTakesTheSubject()
    {
        const string text = "The Illinois Board of Elections was conclusive in its findings: “Further discussion on this issue is unnecessary.”";
        Assert.Equal("Illinois Board of Elections", Single(text).Speaker);
    }

    [Fact]
    public void ComplementAfterCommaIsAttachedEvenAfterAnObject()
    {
        const string text = "Htay Oo, its acting chairman, told the Reuters news agency simply, “We lost.”";
        var q = Single(text);
        Assert.Equal("Htay Oo", q.Speaker);
    }

    [Fact]
    public void WholeSentenceQuoteFollowedByNewSentenceKeepsThePreviousSpeaker()
    {
        const string text = "“It is one of the worst machinations I have seen,” the Senate minority leader said. “It shows a lack of character.” Reid said both men are non-entities in the Senate.";
        var quotes = FindQuotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the Senate minority leader", Mention(text, quotes[1]));
    }

    [Fact]
    public void DescriptionSpeakerIsKeptAsWritten()
    {
        const string text = "“We are looking into it,” a campaign spokesman said.";
        var q = Single(text);
        Assert.Equal("a campaign spokesman", q.Speaker);
    }

    [Fact]
    public void ObjectNameAfterPrepositionIsNotTheSpeaker()
    {
        const string text = "Another intelligence source speaking to Fox News said, “The agents are investigating the donations.”";
        Assert.Equal("Another intelligence source", Mention(text, Single(text)));
    }

    [Fact]
    public void DayAfterCueIsSkipped()
    {
        const string text = "“If they did, they should be held accountable,” said Tuesday Sen. Chuck Schumer.";
        Assert.Equal("Chuck Schumer", Single(text).Speaker);
    }

    [Fact]
    public void QuoteWithNoAttributionHasNullSpeakerFields()
    {
        const string text = "The sign on the door was simple.\n\n“Closed until further notice because of the storm damage.”";
        var q = Single(text);
        Assert.Null(q.Speaker);
        Assert.Null(q.SpeakerEnd);
        Assert.Null(q.Cue);
    }

    [Fact]
    public void NameEndingInLyIsNotMistakenForAnAdverb()
    {
        const string text = "“Having access to the file is valuable,” said Bill Skelly.";
        Assert.Equal("Bill Skelly", Single(text).Speaker);
    }

    [Fact]
    public void PossessiveDescriptionBeforeTheCueIsTheSpeaker()
    {
        const string text = "“My reaction, that was outrageous,” Obama's former campaign strategist said in an interview on Wednesday.";
        var q = Single(text);
        Assert.Equal("Obama's former campaign strategist", Mention(text, q));
    }

    [Fact]
    public void LineBeforeEndingInAColonGivesItsSubject()
    {
        const string text = "On July 6, 2015, Sanders made the following comment:\n\n“For young people who have dropped out of high school, the unemployment rate is 33 percent.”";
        var q = Single(text);
        Assert.Equal("Sanders", Mention(text, q));
    }

    [Fact]
    public void AssertedIsASpeechVerb()
    {
        const string text = "“Let me make it very clear that the governor is unfit to be president,” he asserted to reporters on Tuesday.";
        var q = Single(text);
        Assert.Equal("he", Mention(text, q));
        Assert.Equal("asserted", q.Cue);
    }
}
