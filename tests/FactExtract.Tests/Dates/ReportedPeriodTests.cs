using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>
/// Periods an earnings story reports on ("the quarter", "the latest period"), read from what the story
/// named first (reference Monday 30 November 2015).
/// </summary>
public class ReportedPeriodTests
{
    [Theory]
    // A fiscal quarter named in the lead is the one "the quarter" and "the latest period" mean later.
    [InlineData("The grocer's profit rose in its fiscal first quarter. Sales in the quarter climbed 4%.", "the quarter", "2015-Q1")]
    [InlineData("Acme posted a loss for the fourth quarter. Revenue in the latest period was $2 million.", "the latest period", "2015-Q4")]
    [InlineData("The brewer's fiscal second-quarter profit fell. Costs rose during the latest quarter.", "the latest quarter", "2015-Q2")]
    // A forecast or an earlier quarter named after the lead does not move it.
    [InlineData("Third-quarter profit rose. The firm warned of a fourth-quarter loss. Margins widened in the latest quarter.", "the latest quarter", "2015-Q3")]
    [InlineData("Third-quarter net rose after a weak second quarter. Prices rose in the quarter.", "the quarter", "2015-Q3")]
    // No quarter named: the last one completed.
    [InlineData("Net income rose in the quarter.", "the quarter", "2015-Q3")]
    // A quarter of another year is not the reported one.
    [InlineData("Output will recover by the third quarter of 2017, but sales fell in the quarter.", "the quarter", "2015-Q3")]
    public void TheReportedQuarterIsTheOneTheStoryLeadsWith(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Fact]
    public void ThePeriodOfANamedYearKeepsTheReportedQuarter()
    {
        const string text = "The chain's fiscal first-quarter profit doubled. In the 2014 period, it lost money.";
        Has(text, "the 2014 period", "DATE", "2014-Q1", Monday);
    }

    [Theory]
    // A measured reporting period after "the latest" or "the year-earlier" is its length.
    [InlineData("Net income rose 8% from the year-earlier nine months.", "the year-earlier nine months", "P9M")]
    [InlineData("Sales in the year-ago six months were flat.", "the year-ago six months", "P6M")]
    [InlineData("Revenue for the latest nine months doubled.", "the latest nine months", "P9M")]
    public void AMeasuredReportingPeriodIsADuration(string text, string expected, string value) =>
        Has(text, expected, "DURATION", value, Monday);

    [Theory]
    [InlineData("Profit rose from the year-earlier quarter.", "the year-earlier quarter", "2014-Q3")]
    [InlineData("Margins widened in the latest quarter.", "the latest quarter", "2015-Q3")]
    public void WithoutAnAmountThePeriodStaysAQuarter(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // Two quarters of a named year are its half; a half of a decade has no TIMEX3 value of its own.
    [InlineData("Demand should stay weak through the first two quarters of 2017.", "the first two quarters of 2017", "2017-H1")]
    [InlineData("Prices recovered in the last two quarters of 2012.", "the last two quarters of 2012", "2012-H2")]
    [InlineData("Growth slowed during the last half of the '90s.", "the last half of the '90s", "199")]
    [InlineData("Housing boomed in the first half of the 1950s.", "the first half of the 1950s", "195")]
    public void HalvesNamedByTheirYearOrDecade(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Fact]
    public void TwoQuartersWithoutAYearStayADuration() =>
        Has("Sales fell over the first two quarters.", "the first two quarters", "DURATION", "P6M", Monday);
}
