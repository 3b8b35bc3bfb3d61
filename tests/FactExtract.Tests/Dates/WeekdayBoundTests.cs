using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>
/// Words that fix which occurrence of a bare weekday or month is meant whatever the verb says:
/// deadlines ("until 9 a.m. Tuesday"), earliest dates ("as soon as Tuesday"), plans reported
/// before their day ("planned to leave on Thursday"), "since", and a date opening its sentence
/// ("On Tuesday, the … Association plans to …"). Reference Monday 30 November
/// 2015 unless stated; all sentences are made up.
/// </summary>
public class WeekdayBoundTests
{
    [Theory]
    // A deadline is the nearest such day, even in a past-tense clause.
    [InlineData("The agency extended its deadline until Tuesday.", "Tuesday", "2015-12-01")]
    [InlineData("The talks dragged on until Saturday.", "Saturday", "2015-11-28")]
    [InlineData("The board gave the bidders until Wednesday to respond.", "Wednesday", "2015-12-02")]
    // A clause that looks ahead keeps the coming day even when the last one was nearer.
    [InlineData("Ticket offices will stay open until Saturday.", "Saturday", "2015-12-05")]
    public void ADeadlineWeekdayIsTheNearestOne(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Fact]
    public void ADeadlineWithAClockTimeKeepsTheTime()
    {
        Has("Officials gave the family until 9 a.m. Tuesday to sign the paper.", "9 a.m. Tuesday", "TIME", "2015-12-01T09:00", Monday);
    }

    [Theory]
    // "as soon as" / "as early as" name the earliest coming day, whatever the modal.
    [InlineData("The envoy could arrive as early as Wednesday.", "Wednesday", "2015-12-02")]
    [InlineData("The delegation might travel as soon as Friday, aides said.", "Friday", "2015-12-04")]
    public void TheEarliestPossibleDayLiesAhead(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // A plan reported before the day it names.
    [InlineData("The medical team planned to leave the capital on Thursday.", "Thursday", "2015-12-03")]
    [InlineData("Students planned a march through the city centre on Friday.", "Friday", "2015-12-04")]
    // "were" before the plan's own word does not make the sentence past.
    [InlineData("On Friday, the students were planning to march again.", "Friday", "2015-12-04")]
    // An adjective or a plan that has lapsed is no look ahead.
    [InlineData("The long-planned merger was completed on Friday.", "Friday", "2015-11-27")]
    [InlineData("They had planned to leave on Friday.", "Friday", "2015-11-27")]
    public void AReportedPlanLooksAhead(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // A date inside a "since" phrase is in the past, whatever verb closes the sentence.
    [InlineData("His role since he took over from his brother on July 31 will be made clearer.", "July 31", "2015-07-31")]
    [InlineData("The chart shows violence rising since the bombing of a shrine in February.", "February", "2015-02")]
    // A future cue or a comma ends the phrase.
    [InlineData("The plant, closed since the fire, will reopen in February.", "February", "2016-02")]
    [InlineData("Talks stalled since the strike will resume in February.", "February", "2016-02")]
    public void ADateInsideASincePhraseIsThePast(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Fact]
    public void SinceADateIsThePast()
    {
        var thirteenthOfAugust = new DateOnly(2015, 8, 13);
        Has("The carrier has been on patrol since October and was scheduled to return.", "October", "DATE", "2014-10", thirteenthOfAugust);
        Has("Talks have been stalled since Thursday and will resume later.", "Thursday", "DATE", "2015-11-26", Monday);
    }

    [Theory]
    // A date opening its sentence is followed by the subject, then the verb that dates it.
    [InlineData("On Tuesday, the National Association of Widget and Gadget Makers plans to hold a news conference.", "Tuesday", "2015-12-01")]
    [InlineData("On Tuesday, the National Association of Widget and Gadget Makers held a news conference.", "Tuesday", "2015-11-24")]
    // A long appositive between the date and the clause (the verb 27 tokens on) still leaves the verb to date it.
    [InlineData("In February, a week after the tenth anniversary of the Smith vs. Jones ruling by the appeals court, a fire at a warehouse in Dayton, Ohio, destroyed the archive.", "February", "2015-02")]
    [InlineData("In February, a week after the tenth anniversary of the Smith vs. Jones ruling by the appeals court, a panel in Dayton, Ohio, will review the archive.", "February", "2016-02")]
    public void ADateOpeningItsSentenceIsDatedByTheClauseVerb(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);
}
