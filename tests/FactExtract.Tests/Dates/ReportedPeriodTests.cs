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
    [InlineData("Third-quarter profit rose. The firm expects a fourth-quarter charge. Margins widened in the latest quarter.", "the latest quarter", "2015-Q3")]
    [InlineData("Third-quarter net rose after a flat second quarter. Prices rose in the quarter.", "the quarter", "2015-Q3")]
    // No quarter named: the last one completed.
    [InlineData("Net income rose in the quarter.", "the quarter", "2015-Q3")]
    // A quarter of another year is not the reported one.
    [InlineData("Output will recover by the third quarter of 2017, but sales fell in the quarter.", "the quarter", "2015-Q3")]
    public void The_reported_quarter_is_the_one_the_story_leads_with(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Fact]
    public void The_period_of_a_named_year_keeps_the_reported_quarter()
    {
        const string text = "The chain's fiscal first-quarter profit doubled. In the 2014 period, it lost money.";
        Has(text, "the 2014 period", "DATE", "2014-Q1", Monday);
    }
}
