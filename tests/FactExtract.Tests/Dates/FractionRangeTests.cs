using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>Fractional amounts and ranges of time are one duration each, spanning the whole phrase.</summary>
public class FractionRangeTests
{
    [Theory]
    [InlineData("The vote took a minute and a half.", "a minute and a half", "PT1M30S")]
    [InlineData("He served 2 1/2 years in prison.", "2 1/2 years", "P2Y6M")]
    [InlineData("He served two and a half years in prison.", "two and a half years", "P2Y6M")]
    [InlineData("The meeting lasted half an hour.", "half an hour", "PT30M")]
    [InlineData("The strike lasted a day and a half.", "a day and a half", "P1DT12H")]
    [InlineData("The project took 1.5 years.", "1.5 years", "P1Y6M")]
    [InlineData("The dynasty ruled for half a century.", "half a century", "P50Y")]
    [InlineData("The talks ran for two hours and a half.", "two hours and a half", "PT2H30M")]
    public void FractionsOfUnits(string text, string expected, string value) =>
        Has(text, expected, "DURATION", value, Monday);

    [Theory]
    [InlineData("Repairs take two to three weeks.", "two to three weeks", "PXW")]
    [InlineData("Sales will rise in the next 12 to 18 months.", "the next 12 to 18 months", "PXM")]
    [InlineData("The trip took three or four days.", "three or four days", "PXD")]
    public void RangesAreOneVagueDuration(string text, string expected, string value) =>
        Has(text, expected, "DURATION", value, Monday);

    [Theory]
    [InlineData("The home side won 3 to 1 in the final.", "3 to 1")]
    [InlineData("Shares rose 2 1/2 points.", "2 1/2")]
    public void ScoresAndPricesAreNotDurations(string text, string notADate) =>
        None(text, notADate);
}
