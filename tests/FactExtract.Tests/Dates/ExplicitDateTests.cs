using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>Absolute dates in the forms news uses, with their TimeML extents.</summary>
public class ExplicitDateTests
{
    [Theory]
    [InlineData("The deadline was Nov. 30, 2015, officials said.", "Nov. 30, 2015", "2015-11-30")]
    [InlineData("It ends on 30 November 2015 at the latest.", "30 November 2015", "2015-11-30")]
    [InlineData("Filed 2015-11-30 in Ottawa.", "2015-11-30", "2015-11-30")]
    [InlineData("The form dated 11/30/2015 was lost.", "11/30/2015", "2015-11-30")]
    [InlineData("The form dated 11/30/15 was lost.", "11/30/15", "2015-11-30")]
    [InlineData("The form dated 30/11/2015 was lost.", "30/11/2015", "2015-11-30")]
    [InlineData("They must block it no later than Monday, November 30, 2015, citing concerns.", "Monday, November 30, 2015", "2015-11-30")]
    [InlineData("The court met on Tuesday, Dec. 1, 2015 in Lahore.", "Tuesday, Dec. 1, 2015", "2015-12-01")]
    [InlineData("It was signed on July 4, 1776.", "July 4, 1776", "1776-07-04")]
    [InlineData("Trading resumed on Sept. 27, 1989.", "Sept. 27, 1989", "1989-09-27")]
    [InlineData("The report of 19-Nov-12 was wrong.", "19-Nov-12", "2012-11-19")]
    [InlineData("Sales rose in November 2015.", "November 2015", "2015-11")]
    [InlineData("Sales rose in May of 1999.", "May of 1999", "1999-05")]
    [InlineData("The law changed in 2011.", "2011", "2011")]
    [InlineData("The company was founded in 1984.", "1984", "1984")]
    [InlineData("Prices soared in the 1990s.", "the 1990s", "199")]
    [InlineData("Prices soared in the '90s.", "the '90s", "199")]
    [InlineData("This began in the mid-1980s.", "the mid-1980s", "198")]
    [InlineData("The 20th century was violent.", "The 20th century", "19")]
    [InlineData("It dates from the nineteenth century.", "the nineteenth century", "18")]
    [InlineData("Results for fiscal 1989 were weak.", "fiscal 1989", "1989")]
    [InlineData("Results for the third quarter of 1989 were weak.", "the third quarter of 1989", "1989-Q3")]
    [InlineData("Results for the first half of 1990 were weak.", "the first half of 1990", "1990-H1")]
    [InlineData("It happened in the summer of 1998.", "the summer of 1998", "1998-SU")]
    [InlineData("He was born in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    [InlineData("That was in the year two thousand.", "the year two thousand", "2000")]
    [InlineData("The shipment left at 4:49 PM on Nov. 30, 2015.", "Nov. 30, 2015", "2015-11-30")]
    [InlineData("It closed at the end of 1990.", "the end of 1990", "1990")]
    public void AbsoluteDatesNeedNoAnchor(string text, string expected, string value)
    {
        var m = Single(text, expected, null);
        Assert.Equal(("DATE", value, "none"), (m.Type, m.Value, m.Anchor));
    }

    [Theory]
    [InlineData("She arrived on Nov 30th with the papers.", "Nov 30th", "2015-11-30")]
    [InlineData("She will arrive on December 30.", "December 30", "2015-12-30")]
    [InlineData("He left on Sept. 3.", "Sept. 3", "2015-09-03")]
    [InlineData("The vote is on the 4th of December.", "4th of December", "2015-12-04")]
    [InlineData("The vote was on 5 May.", "5 May", "2015-05-05")]
    [InlineData("Shares will be paid Jan. 2.", "Jan. 2", "2016-01-02")]
    public void PartialDatesTakeTheNearestYear(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    [InlineData("The authority announced in July that it would act.", "July", "2015-07")]
    [InlineData("The plan takes effect in January.", "January", "2016-01")]
    [InlineData("Talks resume in early September.", "early September", "2015-09")]
    [InlineData("Talks resumed in mid-November.", "mid-November", "2015-11")]
    [InlineData("The board met last April.", "last April", "2015-04")]
    [InlineData("The board meets next March.", "next March", "2016-03")]
    [InlineData("The rule lapses this December.", "this December", "2015-12")]
    [InlineData("It was approved in July last year.", "July last year", "2014-07")]
    [InlineData("It came in the middle of October.", "the middle of October", "2015-10")]
    public void MonthsResolveByCueAndNearness(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Fact]
    public void AMonthWithNoAnchorStaysUnderspecified()
    {
        var m = Single("The authority announced in July that it would act.", "July", null);
        Assert.Equal(("XXXX-07", "none"), (m.Value, m.Anchor));
    }

    [Theory]
    [InlineData("Profit fell in the third quarter.", "the third quarter", "2015-Q3")]
    [InlineData("Third-quarter profit fell.", "Third-quarter", "2015-Q3")]
    [InlineData("The third-quarter results were weak.", "third-quarter", "2015-Q3")]
    [InlineData("It expects growth in the fourth quarter.", "the fourth quarter", "2015-Q4")]
    [InlineData("Sales in the fiscal first quarter rose.", "the fiscal first quarter", "2015-Q1")]
    [InlineData("Sales in the first half rose.", "the first half", "2015-H1")]
    [InlineData("Sales in this year's third quarter rose.", "this year's third quarter", "2015-Q3")]
    [InlineData("Sales in next year's first quarter will rise.", "next year's first quarter", "2016-Q1")]
    [InlineData("Net income in the latest quarter rose.", "the latest quarter", "2015-Q3")]
    [InlineData("Sales in the current quarter will rise.", "the current quarter", "2015-Q4")]
    public void QuartersAndHalves(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // "the quarter ended <day>": the calendar quarter holding most of the three months up to that day.
    [InlineData("In the quarter ended July 31, the retailer had 4 million shares outstanding.", "2015-Q2")]
    [InlineData("For the quarter ended Sept. 30, the airline earned $5 million.", "2015-Q3")]
    [InlineData("In the quarter ended Oct. 3, the chip maker lost money.", "2015-Q3")]
    [InlineData("Sales fell in the quarter ended Jan. 31.", "2014-Q4")]
    [InlineData("The utility expects a loss for the quarter ending Dec. 31.", "2015-Q4")]
    [InlineData("In the quarter ended Sept. 30, 2013, the bank lost money.", "2013-Q3")]
    [InlineData("In the quarter ended Jan. 31, 2014, the retailer lost money.", "2013-Q4")]
    public void TheQuarterEndedOnADayIsTheQuarterOfItsMiddleMonth(string text, string value) =>
        Has(text, "the quarter", "DATE", value, Monday);

    [Fact]
    public void AYearEarlierAfterAQuarterIsThatQuarterAYearBefore()
    {
        var mentions = Tag("Profit in the third quarter rose to $5 million from $3 million a year earlier.", Monday);
        Assert.Contains(mentions, m => m.Text == "a year earlier" && m.Value == "2014-Q3");
    }

    [Theory]
    [InlineData("Seasonal hiring starts this summer.", "this summer", "2015-SU")]
    [InlineData("Seasonal hiring slowed last fall.", "last fall", "2014-FA")]
    [InlineData("Hiring picks up next spring.", "next spring", "2016-SP")]
    public void Seasons(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, new DateOnly(2015, 4, 10));
}

/// <summary>Punctuation right after a date does not break it.</summary>
public class DatePunctuationTests
{
    [Theory]
    [InlineData("In 2015: a year of change.", "2015", "2015")]
    [InlineData("Saturday, April 25: The court ruled.", "Saturday, April 25", "2015-04-25")]
    [InlineData("It happened (Nov. 30, 2015) in Lahore.", "Nov. 30, 2015", "2015-11-30")]
    [InlineData("The deadline—December 30—was moved.", "December 30", "2015-12-30")]
    [InlineData("“It ends in July,” he said.", "July", "2015-07")]
    public void DatesNextToPunctuation(string text, string expected, string value) =>
        DateAssert.Has(text, expected, "DATE", value, DateAssert.Monday);
}
