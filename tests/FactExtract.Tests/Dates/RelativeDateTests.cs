using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>Expressions resolved against the reference date (Monday 30 November 2015 unless stated).</summary>
public class RelativeDateTests
{
    [Theory]
    [InlineData("The minister spoke yesterday.", "yesterday", "2015-11-29")]
    [InlineData("The minister speaks today.", "today", "2015-11-30")]
    [InlineData("The minister speaks tomorrow.", "tomorrow", "2015-12-01")]
    [InlineData("Prices fell last week.", "last week", "2015-W48")]
    [InlineData("Prices will rise next week.", "next week", "2015-W50")]
    [InlineData("Prices rose this week.", "this week", "2015-W49")]
    [InlineData("Prices fell last month.", "last month", "2015-10")]
    [InlineData("Prices will rise next month.", "next month", "2015-12")]
    [InlineData("Prices fell last year.", "last year", "2014")]
    [InlineData("Prices will rise next year.", "next year", "2016")]
    [InlineData("Prices rose this year.", "this year", "2015")]
    [InlineData("The firm was sold two years ago.", "two years ago", "2013")]
    [InlineData("The firm was sold three days ago.", "three days ago", "2015-11-27")]
    [InlineData("The firm was sold six months ago.", "six months ago", "2015-05")]
    [InlineData("The firm was sold a decade ago.", "a decade ago", "200")]
    [InlineData("The firm will be sold two weeks from now.", "two weeks from now", "2015-W51")]
    [InlineData("Sales rose earlier this month.", "earlier this month", "2015-11")]
    [InlineData("Sales will rise later this year.", "later this year", "2015")]
    [InlineData("Sales will rise early next year.", "early next year", "2016")]
    [InlineData("Sales fell late last year.", "late last year", "2014")]
    [InlineData("BlackBerry will leave by the end of the year.", "the end of the year", "2015")]
    [InlineData("They will pay at the end of the month.", "the end of the month", "2015-11")]
    [InlineData("They paid at the beginning of this year.", "the beginning of this year", "2015")]
    [InlineData("Prices fell over the weekend.", "the weekend", "2015-W48-WE")]
    [InlineData("The plant closes at year-end.", "year-end", "2015")]
    public void RelativeDates(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    [InlineData("The envoy arrived Friday.", "Friday", "2015-11-27")]
    [InlineData("The envoy said on Friday that talks failed.", "Friday", "2015-11-27")]
    [InlineData("The envoy will arrive Friday.", "Friday", "2015-12-04")]
    [InlineData("The envoy arrives next Friday.", "next Friday", "2015-12-04")]
    [InlineData("The envoy arrived last Friday.", "last Friday", "2015-11-27")]
    [InlineData("The envoy arrives this Friday.", "this Friday", "2015-12-04")]
    [InlineData("The envoy arrives this coming Friday.", "this coming Friday", "2015-12-04")]
    [InlineData("The envoy arrived this past Sunday.", "this past Sunday", "2015-11-29")]
    [InlineData("The envoy will arrive next Monday.", "next Monday", "2015-12-07")]
    [InlineData("The envoy arrived on Monday.", "Monday", "2015-11-30")]
    [InlineData("The envoy will arrive Monday.", "Monday", "2015-11-30")]  // said on a Monday: today, as newswire writes it
    [InlineData("The envoy will arrive Tuesday.", "Tuesday", "2015-12-01")]
    public void WeekdaysFollowCueWordsAndTense(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    // "last" / "next" before a month and day: that day on that side of the anchor, the day kept.
    [InlineData("The mayor was shot last Oct. 23 outside his home.", "last Oct. 23", "2015-10-23")]
    [InlineData("The law took effect last Nov. 1.", "last Nov. 1", "2015-11-01")]
    [InlineData("The vote is due next March 5.", "next March 5", "2016-03-05")]
    [InlineData("The dam burst last April 20, 2013, after heavy rain.", "last April 20, 2013", "2013-04-20")]
    public void LastOrNextMonthAndDay(string text, string expected, string value) =>
        Has(text, expected, "DATE", value, Monday);

    [Theory]
    [InlineData(2015, 12, 3, "2015-12-04")]  // Thursday → the next day
    [InlineData(2015, 12, 4, "2015-12-11")]  // on a Friday, "next Friday" is a week on, never today
    [InlineData(2015, 12, 5, "2015-12-11")]  // Saturday
    [InlineData(2015, 12, 31, "2016-01-01")] // across the year end
    public void NextFridayNeverLandsInThePast(int y, int m, int d, string value) =>
        Has("The envoy arrives next Friday.", "next Friday", "DATE", value, new DateOnly(y, m, d));

    [Theory]
    [InlineData(2015, 12, 28, "2016-W01")]  // ISO week 53 of 2015 → week 1 of 2016
    [InlineData(2014, 12, 22, "2015-W01")]  // the ISO year of 29 Dec 2014 is 2015
    [InlineData(2016, 1, 1, "2016-W01")]    // 1 Jan 2016 is in 2015-W53; a week later is 2016-W01
    public void NextWeekCarriesItsIsoYear(int y, int m, int d, string value) =>
        Has("Talks resume next week.", "next week", "DATE", value, new DateOnly(y, m, d));

    [Theory]
    [InlineData("The post went up late Sunday night.", "late Sunday night", "2015-11-29TNI")]
    [InlineData("It was posted on Monday morning.", "Monday morning", "2015-11-30TMO")]
    [InlineData("The vote was held Saturday night.", "Saturday night", "2015-11-28TNI")]
    [InlineData("Fighting broke out last night.", "last night", "2015-11-29TNI")]
    [InlineData("Markets rallied this morning.", "this morning", "2015-11-30TMO")]
    [InlineData("The summit opens tonight.", "tonight", "2015-11-30TNI")]
    [InlineData("The vote took place yesterday afternoon.", "yesterday afternoon", "2015-11-29TAF")]
    [InlineData("They will meet tomorrow evening.", "tomorrow evening", "2015-12-01TEV")]
    public void PartsOfDays(string text, string expected, string value) =>
        Has(text, expected, "TIME", value, Monday);

    [Fact]
    public void RelativeDatesWithoutAnAnchorStayUnderspecified()
    {
        var mentions = Tag("Prices fell yesterday and last week, and will rise next year on Friday.", null);
        Assert.Equal(new[] { "XXXX-XX-XX", "XXXX-WXX", "XXXX", "XXXX-WXX-5" }, mentions.Select(m => m.Value));
        Assert.All(mentions, m => Assert.Equal("none", m.Anchor));
    }
}
