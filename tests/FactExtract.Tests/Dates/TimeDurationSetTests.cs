using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>Clock times, durations, sets and vague references.</summary>
public class TimeDurationSetTests
{
    [Theory]
    [InlineData("The plane landed at 5 p.m. local time.", "5 p.m.", "2015-11-30T17:00")]
    [InlineData("The plane landed at 4:49 PM.", "4:49 PM", "2015-11-30T16:49")]
    [InlineData("The plane landed at 4:49PM.", "4:49PM", "2015-11-30T16:49")]
    [InlineData("The plane landed at 10:35 a.m. on time.", "10:35 a.m.", "2015-11-30T10:35")]
    [InlineData("The plane landed at 9 am sharp.", "9 am", "2015-11-30T09:00")]
    [InlineData("The plane landed at 12 a.m. sharp.", "12 a.m.", "2015-11-30T00:00")]
    [InlineData("The plane lands at noon.", "noon", "2015-11-30T12:00")]
    [InlineData("The curfew starts at midnight.", "midnight", "2015-11-30T24:00")]
    [InlineData("The polls will close at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2015-12-02T22:00")]
    [InlineData("Bids were due by 5 p.m. EST, Nov. 6, 2015.", "5 p.m. EST, Nov. 6, 2015", "2015-11-06T17:00")]
    [InlineData("The plane landed around 7:15 p.m. yesterday.", "around 7:15 p.m. yesterday", "2015-11-29T19:15")]
    [InlineData("The talks ended at 14:30 GMT.", "14:30 GMT", "2015-11-30T14:30")]
    public void ClockTimes(string text, string expected, string value) =>
        Has(text, expected, "TIME", value, Monday);

    [Theory]
    // A part of day written before its day, as a clock time is ("noon Saturday").
    [InlineData("In Tokyo at mid-afternoon yesterday, the yen was weaker.", "mid-afternoon yesterday", "2015-11-29TAF")]
    [InlineData("The rebels attacked early morning Friday.", "early morning Friday", "2015-11-27TMO")]
    [InlineData("The ferry sank late evening Saturday.", "late evening Saturday", "2015-11-28TEV")]
    public void APartOfDayBeforeItsDay(string text, string expected, string value) =>
        Has(text, expected, "TIME", value, Monday);

    [Theory]
    [InlineData("The morning session was calm on Friday.", "morning")]
    [InlineData("The shop opens mornings Tuesday through Friday.", "mornings")]
    public void APartOfDayNotNamingADayIsNoTime(string text, string word) => None(text, word);

    [Fact]
    public void PMIsNeverLost()
    {
        foreach (var form in new[] { "4:49 PM", "4:49 p.m.", "4:49 pm", "4:49PM", "4:49 P.M." })
            Has($"It was sent at {form} on the day.", form, "TIME", "2015-11-30T16:49", Monday);
    }

    [Theory]
    [InlineData("He served three years in prison.", "three years", "P3Y")]
    [InlineData("He served 18 months in prison.", "18 months", "P18M")]
    [InlineData("It signed a two-year contract.", "two-year", "P2Y")]
    [InlineData("It signed a 30-year bond.", "30-year", "P30Y")]
    [InlineData("The flight takes 24 hours.", "24 hours", "PT24H")]
    [InlineData("The speech lasted 45 minutes.", "45 minutes", "PT45M")]
    [InlineData("The strike lasted a week.", "a week", "P1W")]
    [InlineData("The strike lasted several weeks.", "several weeks", "PXW")]
    [InlineData("The strike lasted a few days.", "a few days", "PXD")]
    [InlineData("The strike lasted nearly two months.", "nearly two months", "P2M")]
    [InlineData("The strike lasted more than four hours.", "more than four hours", "PT4H")]
    [InlineData("Profit rose in the first nine months.", "the first nine months", "P9M")]
    [InlineData("Prices doubled over the past two years.", "the past two years", "P2Y")]
    [InlineData("Prices will double in the next three years.", "the next three years", "P3Y")]
    [InlineData("The region was poor for decades.", "decades", "PXDE")]
    [InlineData("It took twenty-four hours.", "twenty-four hours", "PT24H")]
    // A counted decade or century is written in years (ISO 8601 has no such designator).
    [InlineData("The war lasted two decades.", "two decades", "P20Y")]
    [InlineData("The talks will last one day.", "one day", "P1D")]
    [InlineData("The strike would last one day at most.", "one day", "P1D")]
    [InlineData("The dynasty ruled for three centuries.", "three centuries", "P300Y")]
    [InlineData("Unemployment is the lowest in almost a decade.", "almost a decade", "P10Y")]
    [InlineData("The index rose for the past three quarters.", "the past three quarters", "P9M")]
    public void Durations(string text, string expected, string value) =>
        Has(text, expected, "DURATION", value, Monday);

    [Theory]
    [InlineData("The council meets every Monday.", "every Monday", "XXXX-WXX-1")]
    [InlineData("The council meets every week.", "every week", "P1W")]
    [InlineData("The council meets each year.", "each year", "P1Y")]
    [InlineData("The council meets every other month.", "every other month", "P2M")]
    [InlineData("The council meets every Monday morning.", "every Monday morning", "XXXX-WXX-1TMO")]
    [InlineData("The paper is printed daily.", "daily", "P1D")]
    [InlineData("The report is issued weekly.", "weekly", "P1W")]
    [InlineData("It earns $5 million a year.", "a year", "P1Y")]
    [InlineData("It is serviced twice a month.", "a month", "P1M")]
    [InlineData("The show airs on Sundays.", "Sundays", "XXXX-WXX-7")]
    [InlineData("It is held each July.", "each July", "XXXX-07")]
    // "Monday and Tuesday nights": the plural part of day after the second weekday makes both sets.
    [InlineData("Extra trains will run on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI")]
    [InlineData("The choir rehearses Monday or Thursday evenings.", "Monday", "XXXX-WXX-1TEV")]
    public void Sets(string text, string expected, string value) =>
        Has(text, expected, "SET", value, Monday);

    [Theory]
    [InlineData("Now, newcomers like Apple lead.", "Now", "PRESENT_REF")]
    [InlineData("The firm is currently in talks.", "currently", "PRESENT_REF")]
    [InlineData("The firm recently cut jobs.", "recently", "PAST_REF")]
    [InlineData("The firm has struggled in recent years.", "recent years", "PAST_REF")]
    [InlineData("The firm will decide soon.", "soon", "FUTURE_REF")]
    [InlineData("The firm will grow in the future.", "the future", "FUTURE_REF")]
    [InlineData("The firm will grow in the near future.", "the near future", "FUTURE_REF")]
    [InlineData("Such things happened in the past.", "the past", "PAST_REF")]
    [InlineData("The firm is in trouble right now.", "right now", "PRESENT_REF")]
    [InlineData("Costs are high these days.", "these days", "PRESENT_REF")]
    [InlineData("Costs will rise in the near term.", "the near term", "FUTURE_REF")]
    [InlineData("Costs will rise in coming months.", "coming months", "FUTURE_REF")]
    [InlineData("Many years ago, it was small.", "Many years ago", "PAST_REF")]
    // After a modal, "one day" is some time to come.
    [InlineData("Solar power will one day be the cheapest source.", "one day", "FUTURE_REF")]
    [InlineData("The twins could one day rule the kingdom.", "one day", "FUTURE_REF")]
    public void VagueReferences(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    [InlineData("Leave as soon as possible.", "soon")]
    [InlineData("Future plans were not disclosed.", "Future")]
    [InlineData("Now that the deal is done, it can move on.", "Now")]
    public void VagueWordsUsedOtherwiseAreNotDates(string text, string word) => None(text, word);
}

/// <summary>Earnings-report comparisons and "or so" approximations.</summary>
public class ComparisonAndApproximationTests
{
    [Theory]
    [InlineData("Profit beat the year-ago third quarter.", "the year-ago third quarter", "DATE", "2014-Q3")]
    [InlineData("Profit beat the comparable year-earlier quarter.", "the comparable year-earlier quarter", "DATE", "2014-Q3")]
    [InlineData("It happened a week or so ago.", "a week or so ago", "DATE", "2015-W48")]
    [InlineData("It will take the next two years or so.", "the next two years or so", "DURATION", "P2Y")]
    [InlineData("The club meets Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI")]
    [InlineData("It lasted a couple of years.", "a couple of years", "DURATION", "P2Y")]
    public void ComparisonsAndApproximations(string text, string expected, string type, string value) =>
        DateAssert.Has(text, expected, type, value, DateAssert.Monday);

    [Theory]
    // An added amount is the duration: "two more weeks", "an additional year".
    [InlineData("The inquiry will need two more weeks.", "two more weeks", "P2W")]
    [InlineData("He must serve at least 20 more years in prison.", "at least 20 more years", "P20Y")]
    [InlineData("The contract was extended by an additional year.", "an additional year", "P1Y")]
    [InlineData("Workers were given three extra days off.", "three extra days", "P3D")]
    public void AnAddedAmountIsADuration(string text, string expected, string value) =>
        Has(text, expected, "DURATION", value, Monday);
}
