using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>Where the reference date comes from, and that each date says which anchor it used.</summary>
public class AnchorTests
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    [Fact]
    public void TheCallersReferenceDateWins()
    {
        var result = Extractor.Extract(new Document("d", "WASHINGTON, Nov. 30, 2015 — Officials met yesterday.") { ReferenceDate = new DateOnly(2016, 3, 2) });
        var yesterday = Assert.Single(result.Dates, d => d.Text == "yesterday");
        Assert.Equal(("2016-03-01", "reference-date"), (yesterday.Value, yesterday.Anchor));
        Assert.Equal(new DateOnly(2016, 3, 2), result.ReferenceDate);
    }

    [Theory]
    [InlineData("WASHINGTON, Nov. 30, 2015 — Officials met yesterday to discuss the budget.")]
    [InlineData("November 30, 2015\n\nOfficials met yesterday to discuss the budget.")]
    [InlineData("LONDON (Reuters) 2015-11-30 - Officials met yesterday to discuss the budget.")]
    [InlineData("Monday, November 30, 2015\nOfficials met yesterday to discuss the budget in a long session that ran late.")]
    public void ADatelineIsTheAnchor(string text)
    {
        var result = Extractor.Extract(new Document("d", text));
        var yesterday = Assert.Single(result.Dates, d => d.Text == "yesterday");
        Assert.Equal(("2015-11-29", "dateline"), (yesterday.Value, yesterday.Anchor));
        Assert.Equal(new DateOnly(2015, 11, 30), result.ReferenceDate);
    }

    [Fact]
    public void WithoutADatelineTheLatestPresentDateIsTheAnchor()
    {
        const string text = "The firm was founded on March 3, 1999. Its licence was revoked on Nov. 30, 2015, "
            + "and it said on Friday that it had appealed. It will close on January 15, 2016 if the appeal fails.";
        var result = Extractor.Extract(new Document("d", text));
        Assert.Equal(new DateOnly(2015, 11, 30), result.ReferenceDate);
        var friday = Assert.Single(result.Dates, d => d.Text == "Friday");
        Assert.Equal(("2015-11-27", "narrative"), (friday.Value, friday.Anchor));
        var absolute = Assert.Single(result.Dates, d => d.Text == "March 3, 1999");
        Assert.Equal("none", absolute.Anchor);
    }

    [Fact]
    public void NoAnchorAtAllLeavesReferenceDateNull()
    {
        var result = Extractor.Extract(new Document("d", "The talks resume in July, officials said on Friday."));
        Assert.Null(result.ReferenceDate);
        Assert.Equal(new[] { ("XXXX-07", "none"), ("XXXX-WXX-5", "none") }, result.Dates.Select(d => (d.Value, d.Anchor)));
    }

    [Fact]
    public void TheSeedArticleFindsItsOwnAnchor()
    {
        var result = Extractor.Extract(new Document("seed", TestPaths.SeedText));
        Assert.Equal(new DateOnly(2015, 11, 30), result.ReferenceDate);
        string ValueOf(string text) => Assert.Single(result.Dates, d => d.Text == text).Value;
        Assert.Equal("2015-11-30", ValueOf("Monday, November 30, 2015"));
        Assert.Equal("2015-12-30", ValueOf("December 30"));
        Assert.Equal("2015-07", ValueOf("July"));
        Assert.Equal("2015-11-29TNI", ValueOf("late Sunday night"));
        Assert.Equal("2015-11-30TMO", ValueOf("Monday morning"));
        Assert.Equal("2011", ValueOf("2011"));
        Assert.Equal("2006", ValueOf("2006"));
        Assert.Equal("2015", ValueOf("2015"));
        Assert.Equal("2015", ValueOf("the end of the year"));
        Assert.Equal("PAST_REF", ValueOf("recent years"));
        Assert.DoesNotContain(result.Dates, d => d.Text.Contains("that date", StringComparison.Ordinal) || d.Text.Contains("this date", StringComparison.Ordinal));
        Assert.All(result.Dates, d => Assert.Equal(d.Text, result.Text.Substring(d.Start, d.End - d.Start)));
    }

    [Fact]
    public void TheSeedArticleWithAGivenDateResolvesAgainstIt()
    {
        var result = Extractor.Extract(new Document("seed", TestPaths.SeedText) { ReferenceDate = new DateOnly(2015, 12, 1) });
        var sunday = Assert.Single(result.Dates, d => d.Text == "late Sunday night");
        Assert.Equal(("2015-11-29TNI", "reference-date"), (sunday.Value, sunday.Anchor));
    }

    [Fact]
    public void OffsetsSurviveAByteOrderMark()
    {
        var result = Extractor.Extract(new Document("d", "\uFEFFPrices fell on Nov. 30, 2015."));
        var date = Assert.Single(result.Dates);
        Assert.Equal("Nov. 30, 2015", result.Text.Substring(date.Start, date.End - date.Start));
    }

    [Fact]
    public void TaggingAnEmptyTextFindsNothing() => Assert.Empty(Tag("", Monday));
}

/// <summary>Extreme inputs never throw.</summary>
public class DateRobustnessTests
{
    [Theory]
    [InlineData("The rocks formed 5,000,000 years ago.")]
    [InlineData("It will last 90000 years from now.")]
    [InlineData("In 9999 and in 1000 and Dec. 31 and next Friday, tomorrow and two weeks ago.")]
    public void ExtremeValuesDoNotThrow(string text)
    {
        foreach (var reference in new DateOnly?[] { null, new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31), DateAssert.Monday })
            Assert.NotNull(DateAssert.Tag(text, reference));
    }
}
