using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>"the year", "the past year" and other periods named with "the" (reference Monday 30 November 2015).</summary>
public class AnaphoricPeriodTests
{
    [Theory]
    [InlineData("Sales for the year rose 5%.", "the year", "DATE", "2015")]
    [InlineData("The firm expects a profit for the full year.", "the full year", "DATE", "2015")]
    [InlineData("Earnings will fall for the fiscal year, the firm warned.", "the fiscal year", "DATE", "2015")]
    [InlineData("Net income for the fiscal year ended Sept. 30 rose 8%.", "the fiscal year", "DURATION", "P1Y")]
    [InlineData("It lost $3 million in the year ending June 30.", "the year", "DURATION", "P1Y")]
    public void TheYearIsTheAnchorYearUnlessItIsAReportingPeriod(string text, string expected, string type, string value) =>
        Has(text, expected, type, value, Monday);

    [Theory]
    [InlineData("Prices rose 3% over the past year.", "the past year", "2014")]
    [InlineData("The index fell during the last decade.", "the last decade", "200")]
    [InlineData("Sales will double in the next year or so.", "the next year or so", "2016")]
    public void ThePastOrNextYearIsACalendarYear(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // A year opening the sentence frames it: a month or day later in the sentence is of that year.
    [InlineData("In 1976, the pound began a slide that led ministers to ask for a loan in September.", "September", "1976-09")]
    [InlineData("In 1996, Nov. 7 was renamed the Day of Accord.", "Nov. 7", "1996-11-07")]
    [InlineData("By 2013, the firm had moved its offices twice, most recently in the third quarter.", "the third quarter", "2013-Q3")]
    // A relative year right after the event the date names: "the December 26 tsunami last year".
    [InlineData("Thousands died when the coast was hit by the December 26 tsunami last year.", "December 26", "2014-12-26")]
    [InlineData("Turnout in the May 3 vote this year was low.", "May 3", "2015-05-03")]
    // Elsewhere in the sentence a year does not frame the others.
    [InlineData("Exports were higher than in 2012 for the month of September.", "September", "2015-09")]
    public void AYearOpeningTheSentenceFramesItsDates(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    [InlineData("Sales fell sharply the year before.", "the year")]
    [InlineData("She was named Person of the Year by the magazine.", "the Year")]
    public void AnaphoricOrTitularYearsAreNotTheAnchorYear(string text, string notADate) =>
        None(text, notADate);

    [Theory]
    [InlineData("It began in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("It began in the spring of nineteen eighty.", "the spring of nineteen eighty", "1980-SP")]
    public void SeasonsOfSpokenYears(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    [InlineData("Prices rose in the last few months.", "the last few months", "DATE", "PAST_REF")]
    [InlineData("Profits fell in the past several quarters.", "the past several quarters", "DATE", "PAST_REF")]
    [InlineData("Sales will rise in the next few years.", "the next few years", "DURATION", "PXY")]
    public void UnmeasuredStretchesUpToNowAreTheVaguePast(string text, string expected, string type, string value) =>
        Has(text, expected, type, value, Monday);

    [Theory]
    [InlineData("The plant opened in 1996. The following year it closed.", "The following year", "1997")]
    [InlineData("Talks began in March 2010. The following month, they collapsed.", "The following month", "2010-04")]
    [InlineData("The law passed in 2004, and that year prices rose.", "that year", "2004")]
    [InlineData("The strike began on Jan. 5, 2009, and ended the next day.", "the next day", "2009-01-06")]
    [InlineData("The firm was founded in 1980; in the same year it listed.", "the same year", "1980")]
    // With no date named before, the anchor stands in.
    [InlineData("The firm expects to grow the following year.", "the following year", "2016")]
    public void AnaphoricPeriodsFollowTheDateNamedLast(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // The report's own day ("said Monday") is not what a month or year is counted back from.
    [InlineData("Output rose 3% in September, the bureau said Monday. Compared with the previous month, it fell.", "the previous month", "2015-08")]
    [InlineData("Spending on the 2013 budget was audited, officials said yesterday, and it improved on the previous year.", "the previous year", "2012")]
    // A day the story moves on from still counts for "the next day".
    [InlineData("The envoy arrived on Monday and left the next day.", "the next day", "2015-12-01")]
    public void TheReportDayIsNotAnAnaphoricReference(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // "one day earlier" after a day the sentence wrote out counts from that day.
    [InlineData("The agency revoked the licence on October 30 after a crash one day earlier.", "one day earlier", "2015-10-29")]
    [InlineData("The ceasefire began on May 10, 2013, after the talks collapsed two weeks earlier.", "two weeks earlier", "2013-W17")]
    // Otherwise (or after the report's own day) it counts from the anchor.
    [InlineData("The agency said on Friday that the crash happened one day earlier.", "one day earlier", "2015-11-29")]
    public void EarlierAfterANamedDayCountsFromIt(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // "the previous quarter" is the quarter before the one the text last named, else before the anchor's.
    [InlineData("Exports rose in the third quarter, compared with a gain in the previous quarter.", "2015-Q2")]
    [InlineData("Sales in March fell from the previous quarter.", "2014-Q4")]
    [InlineData("Profit fell from the previous quarter.", "2015-Q3")]
    public void ThePreviousQuarterRefersBack(string text, string value) =>
        Has(text, "the previous quarter", "DATE", value, Monday);

    [Theory]
    // "the past few weeks" is the stretch itself (TimeBank: PXW); "the last few months" and
    // "the past several years" a vague past.
    [InlineData("Prices have doubled in the past few weeks.", "the past few weeks", "DURATION", "PXW")]
    [InlineData("Prices have doubled over the past few years.", "the past few years", "DURATION", "PXY")]
    [InlineData("Prices have doubled in the last few months.", "the last few months", "DATE", "PAST_REF")]
    [InlineData("Prices have doubled in the past several years.", "the past several years", "DATE", "PAST_REF")]
    // "coming weeks" is a few weeks ahead (as "recent weeks"); "coming months" the future.
    [InlineData("Rates may fall in coming weeks.", "coming weeks", "DURATION", "PXW")]
    [InlineData("Rates may fall in coming days.", "coming days", "DURATION", "PXD")]
    [InlineData("Rates may fall in coming months.", "coming months", "DATE", "FUTURE_REF")]
    public void VagueStretchesBeforeAndAfterNow(string text, string expected, string type, string value) =>
        Has(text, expected, type, value, Monday);

    [Fact]
    public void OctWithoutItsDotNamesAMonthBeforeAYear() =>
        Has("2. Oct 1996 Nichiei Finance 1,000.00", "Oct 1996", "DATE", "1996-10", Monday);

    [Theory]
    // "the previous Friday" / "the following Monday": that weekday before / after the day the text named last.
    [InlineData("Shares closed at 100 on Friday, down 2% from the previous Friday.", "the previous Friday", "2015-11-20")]
    [InlineData("The ship left port on Tuesday, Nov. 3, and docked the following Monday.", "the following Monday", "2015-11-09")]
    public void AWeekdayBeforeOrAfterTheDayNamedLast(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // "the nineties": a decade of the 20th century, as news writes them.
    [InlineData("Prices doubled during the nineties.", "the nineties", "199")]
    [InlineData("The band was famous in the sixties.", "the sixties", "196")]
    public void ADecadeWordNamesA20thCenturyDecade(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);
}
