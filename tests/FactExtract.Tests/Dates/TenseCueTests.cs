using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>Which tense cue decides the year of a partial date or the week of a weekday (reference Monday 30 November 2015).</summary>
public class TenseCueTests
{
    [Theory]
    // A present-tense sentence names what is scheduled: the coming occurrence, not last year's.
    [InlineData("The reduced dividend is payable Jan. 4 to holders of record Dec. 18.", "Jan. 4", "2016-01-04")]
    [InlineData("The reduced dividend is payable Jan. 4 to holders of record Dec. 18.", "Dec. 18", "2015-12-18")]
    [InlineData("The firm said the deal is expected to close Dec. 20.", "Dec. 20", "2015-12-20")]
    [InlineData("The firm expects to close the deal in February.", "February", "2016-02")]
    public void PresentAndFutureCuesPickTheComingDate(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // The present perfect reports what already happened: "has recovered", "have seized".
    [InlineData("The index, after a slump in March, has recovered most of its losses.", "March", "2015-03")]
    [InlineData("Since their offensive began in mid-March, the rebels have seized a third of the country.", "mid-March", "2015-03")]
    // "has" alone is still a present-tense cue.
    [InlineData("The index, which peaks in March, has a long history.", "March", "2016-03")]
    public void ThePresentPerfectLooksBack(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // The reporting verb before the date dates it; a future verb after "that" belongs to the reported clause.
    [InlineData("The general told reporters in the capital on Thursday that the army will pay a reward.", "Thursday", "2015-11-26")]
    [InlineData("Officials told the visiting delegation in the capital on Sunday that talks would resume.", "Sunday", "2015-11-29")]
    // Without a cue before the date, the verb after it still decides.
    [InlineData("On Thursday the army will pay a reward that was promised.", "Thursday", "2015-12-03")]
    public void AReportedClauseDoesNotDateTheReport(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // "plan" as a noun and "than expected" are not future cues.
    [InlineData("The company signed a plan Friday.", "Friday", "2015-11-27")]
    [InlineData("Profits rose more than expected Tuesday.", "Tuesday", "2015-11-24")]
    // A schedule that has gone by: "had been scheduled to".
    [InlineData("The offer had been scheduled to expire Friday.", "Friday", "2015-11-27")]
    // "is to" schedules.
    [InlineData("Trading is to resume in Paris Tuesday.", "Tuesday", "2015-12-01")]
    // "due to" a cause is not "due to" a schedule.
    [InlineData("Two players pulled out due to injuries on Friday.", "Friday", "2015-11-27")]
    [InlineData("The match was called off due to the weather on Friday.", "Friday", "2015-11-27")]
    [InlineData("The envoy is due to arrive on Friday.", "Friday", "2015-12-04")]
    // "set to" schedules; it is not the past tense of "set".
    [InlineData("The talks are set to resume Thursday.", "Thursday", "2015-12-03")]
    public void WeekdayDirectionFollowsRealTenseCues(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // A deadline word before a date points ahead of the announcement, whatever the verb's tense.
    [InlineData("The board declared a dividend payable Jan. 15.", "Jan. 15", "2016-01-15")]
    [InlineData("The board declared a dividend payable Jan. 15 to holders of record Dec. 28.", "Dec. 28", "2015-12-28")]
    [InlineData("The company extended the loans through January.", "January", "2016-01")]
    [InlineData("The rules, effective Feb. 1, were approved by the board.", "Feb. 1", "2016-02-01")]
    [InlineData("The lenders said the deal would be completed by March.", "March", "2016-03")]
    // …and with a future verb they keep pointing ahead, even to a month as far off as one gone by.
    [InlineData("The airline will double its flights by July.", "July", "2016-07")]
    // "through", "until", "by" bound a period on either side: the nearest occurrence.
    [InlineData("The firm had bought 481,000 shares through Sept. 29.", "Sept. 29", "2015-09-29")]
    [InlineData("Funds had returned 0.8% through Nov. 19, analysts said.", "Nov. 19", "2015-11-19")]
    // Without one, a past-tense sentence keeps the month in the anchor's year.
    [InlineData("The plant closed in February.", "February", "2015-02")]
    // An initial's dot does not end the sentence before the date; "unspecified" is an adjective.
    [InlineData("Mr. Smith, 52 years old, will succeed John P. Jones Feb. 1.", "Feb. 1", "2016-02-01")]
    [InlineData("The split would be paid on a still unspecified date in January.", "January", "2016-01")]
    // Nor does a title's ("Gen.", "Mr.") or that of "vs.".
    [InlineData("On Tuesday, Gen. Smith will visit the troops.", "Tuesday", "2015-12-01")]
    [InlineData("In March, a year after the Smith vs. Jones ruling, the court will hear the appeal.", "March", "2016-03")]
    public void DeadlinesPointAhead(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);
}
