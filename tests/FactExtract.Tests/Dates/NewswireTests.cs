using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>
/// Agency-newswire habits (datelined, weekday-led reports): attributions after the clause, a
/// weekday that is the report's own day, days pinned to a relative year, British reporting years.
/// Reference Monday 30 November 2015 unless stated; all sentences are made up.
/// </summary>
public class NewswireTests
{
    [Theory]
    // The attribution after the clause ("…, officials said") dates the saying, not the event.
    [InlineData("The ministers would meet again in Geneva on Friday, officials said.", "Friday", "2015-12-04")]
    [InlineData("The two leaders are to sign the accord in February, the minister told reporters.", "February", "2016-02")]
    [InlineData("The new fares will take effect on January 10, the agency reported.", "January 10", "2016-01-10")]
    // An attribution right after the date is what the date modifies: "said Friday".
    [InlineData("The ministers would meet again, the envoy said Friday.", "Friday", "2015-11-27")]
    // With no other cue in the clause the attribution still decides.
    [InlineData("In Geneva on Friday, the envoy said, the talks collapsed.", "Friday", "2015-11-27")]
    public void AttributionsAfterTheClauseDoNotOutvoteItsTense(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // A sentence closing inside a quotation still ends there: the next sentence's tense is its own.
    [InlineData("\"We hope the council will act with care.\" On Friday, the envoy left.", "Friday", "2015-11-27")]
    [InlineData("'The council will act.' On Friday, the envoy left.", "Friday", "2015-11-27")]
    public void AClosingQuoteAfterTheFullStopEndsTheSentence(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // On a Monday, a report's "will … Monday" is that same day ("later Monday"), not a week on.
    [InlineData("The minister is due to leave for Lima Monday.", "Monday", "2015-11-30")]
    [InlineData("The results will be announced later on Monday.", "Monday", "2015-11-30")]
    [InlineData("The minister will leave for Lima next Monday.", "next Monday", "2015-12-07")]
    public void AFutureWeekdayNamedOnThatDayIsTheDayItself(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // "June 23 last year" is one expression: the year is stated, the tense does not move it.
    [InlineData("The leaders were arrested on June 23 last year, police said.", "June 23 last year", "2014-06-23")]
    [InlineData("The plant opened on Dec. 4 this year.", "Dec. 4 this year", "2015-12-04")]
    [InlineData("The trial was adjourned until January 23 next year.", "January 23 next year", "2016-01-23")]
    [InlineData("The leaders were arrested on 23 June last year.", "23 June last year", "2014-06-23")]
    public void ADayWithARelativeYearIsOneExpression(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // British reporting years: "the year to March" is twelve months ending then (TimeML: a duration).
    [InlineData("The group lost 40 million pounds in the year to March.", "the year")]
    [InlineData("Growth is forecast at 2 percent in the fiscal year to March 2016.", "the fiscal year")]
    public void TheYearToAMonthIsAReportingPeriod(string text, string expected) =>
        Has(text, expected, "DURATION", "P1Y", Monday);

    [Fact]
    public void TheYearToAMonthKeepsTheMonthAsADate()
    {
        Has("The group lost 40 million pounds in the year to March 2015.", "March 2015", "DATE", "2015-03", Monday);
        // "the year to date" is not a reporting period ending in a month: still the anchor's year.
        Has("Shares have risen 12 percent in the year to date.", "the year", "DATE", "2015", Monday);
    }

    [Theory]
    // Reference Friday 3 April 2015. A date naming an event ("the July 1 handover") may lie a season
    // ahead even in a past-tense clause…
    [InlineData("Officials set up a committee to plan the July 1 handover.", "July 1", "2015-07-01")]
    [InlineData("The opposition called the May 23 polls a farce.", "May 23", "2015-05-23")]
    // …but a past-tense clause still puts a plain date, or an event further ahead, in the past.
    [InlineData("The party took power in June.", "June", "2014-06")]
    [InlineData("Officials set up a committee to review the October 20 handover.", "October 20", "2014-10-20")]
    public void ADateNamingAnEventIsNotDatedByTheClause(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, new DateOnly(2015, 4, 3));

    [Fact]
    public void APastEventNamedInDecemberStaysInTheAnchorYear() =>
        // In December, "the January poll" that a past-tense clause talks about is this year's.
        Has("The agency organized the January poll.", "January", "DATE", "2015-01", new DateOnly(2015, 12, 13));

    [Theory]
    // "the past week" and "the past month" name last week and last month, as "the past year" names last year.
    [InlineData("Violence has swept the region in the past month.", "the past month", "2015-10")]
    [InlineData("Shares fell 3 percent in the past week.", "the past week", "2015-W48")]
    [InlineData("Shares fell 3 percent in the last week.", "the last week", "2015-W48")]
    public void ThePastWeekAndMonthAreTheCalendarUnitsBefore(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Fact]
    public void CountedPastWeeksStayDurations() =>
        Has("Shares fell 3 percent in the past two weeks.", "the past two weeks", "DURATION", "P2W", Monday);

    [Theory]
    // "a year earlier" compares with the day or month the same sentence wrote out, a year before…
    [InlineData("Net income for the six months ended Aug. 12 fell from $18 million a year earlier.", "2014-08-12")]
    [InlineData("Core prices rose 0.1 percent in October from a year earlier.", "2014-10")]
    // …not with the report's own day or a relative month, which leave it a year.
    [InlineData("The company said Friday that profit rose from a year earlier.", "2014")]
    [InlineData("The firm reported last month that profit fell from a year earlier.", "2014")]
    public void AYearEarlierComparesWithTheDateTheSentenceNamed(string text, string value) =>
        Has(text, "a year earlier", "DATE", value, Monday);

    [Fact]
    public void AYearEarlierIsNotThePeriodTheStoryMovesOnFrom() =>
        // "the previous month" is the month before February, not before the compared February a year back.
        Has("Orders rose in February from a year earlier, after growing in the previous month.", "the previous month", "DATE", "2015-01", Monday);

    [Fact]
    public void EarlierThanComparesTwoTimesWithAnAmount() =>
        Has("The team withdrew one year earlier than planned.", "one year", "DURATION", "P1Y", Monday);

    [Theory]
    // "the same period last year" is one expression: the compared quarter a year before, else last year.
    [InlineData("Profit fell in the third quarter from $4 million in the same period last year.", "the same period last year", "2014-Q3")]
    [InlineData("Exports rose in the first nine months from the corresponding period last year.", "the corresponding period last year", "2014")]
    [InlineData("Sales rose in October from the same month last year.", "the same month last year", "2014-10")]
    // Without "same": "the quarter a year ago", "last year's quarter" still compare like quarters.
    [InlineData("Net income rose in the third quarter. In the quarter a year ago, the bank lost money.", "the quarter a year ago", "2014-Q3")]
    [InlineData("The chain had a profit in the third quarter; sales for last year's quarter were lower.", "last year's quarter", "2014-Q3")]
    [InlineData("The mill reported a loss; for the quarter a year earlier it had a profit.", "the quarter a year earlier", "2014-Q3")]
    public void TheSamePeriodLastYearIsOneComparison(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);
}
