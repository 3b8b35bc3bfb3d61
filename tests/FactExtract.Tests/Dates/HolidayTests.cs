using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>Holidays named in US news: fixed (Christmas) and moving with the year (Thanksgiving, Election Day). Sentences are made up.</summary>
public class HolidayTests
{
    private static readonly DateOnly SecondOfOctober = new(2015, 10, 2);

    [Theory]
    [InlineData("Retailers will open early on Thanksgiving Day.", "Thanksgiving Day", "2015-11-26")]
    [InlineData("Families will travel home for Thanksgiving.", "Thanksgiving", "2015-11-26")]
    [InlineData("Voters will go to the polls on Election Day.", "Election Day", "2015-11-03")]
    [InlineData("The shops will close early on Christmas Eve.", "Christmas Eve", "2015-12-24")]
    [InlineData("The troops hope to be home by Christmas.", "Christmas", "2015-12-25")]
    public void AComingHolidayIsThisYearS(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, SecondOfOctober);

    [Fact]
    public void MovingHolidaysFollowTheirRuleInTheChosenYear()
    {
        var june2016 = new DateOnly(2016, 6, 1);
        Has("The parade was held on Memorial Day.", "Memorial Day", "DATE", "2016-05-30", june2016);
        Has("The strike began on Labor Day.", "Labor Day", "DATE", "2015-09-07", june2016);
        Has("Retail sales jumped before Christmas, the company said.", "Christmas", "DATE", "2015-12-25", june2016);
    }

    [Fact]
    public void AHolidayAheadInAPastTenseReportIsStillThisYearS() =>
        Has("Sales in the run-up to Christmas would depend on jobs, the report said.", "Christmas", "DATE", "2015-12-25", new DateOnly(2015, 11, 17));

    [Theory]
    [InlineData("The ship docked at Christmas Island.", "Christmas")]
    [InlineData("The Labor Party won the vote.", "Labor")]
    [InlineData("Election results were delayed.", "Election")]
    public void HolidayWordsInNamesAreNotDates(string text, string notADate) => None(text, notADate);
}
