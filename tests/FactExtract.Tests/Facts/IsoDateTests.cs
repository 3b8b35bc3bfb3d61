using System.Globalization;

namespace FactExtract.Tests.Facts;

/// <summary>The hand-written yyyy-MM-dd formatting gives the general formatter's text.</summary>
public class IsoDateTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(999, 12, 31)]
    [InlineData(2016, 2, 29)]
    [InlineData(9999, 12, 31)]
    public void FormatsLikeTheInvariantFormatter(int year, int month, int day)
    {
        var start = new DateOnly(year, month, day);
        Span<char> text = stackalloc char[IsoDate.Length];
        // Forty days on each side of the date cover month and year ends.
        for (int k = -40; k <= 40; k++)
        {
            if (start.DayNumber + k < DateOnly.MinValue.DayNumber || start.DayNumber + k > DateOnly.MaxValue.DayNumber) continue;
            var d = DateOnly.FromDayNumber(start.DayNumber + k);
            IsoDate.Format(d, text);
            Assert.Equal(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), new string(text));
        }
    }

    [Fact]
    public void ThePresentReferenceSortsAfterTheReferenceDaysValues()
    {
        var facts = ArticleFacts.From(
            Array.Empty<EntityMention>(),
            new[]
            {
                new DateMention("today", 30, 35, "DATE", "PRESENT_REF"),
                new DateMention("October 1, 2016", 0, 15, "DATE", "2016-10-01"),
                new DateMention("November", 50, 58, "DATE", "2016-11"),
            },
            Array.Empty<Quotation>(),
            new DateOnly(2016, 10, 1));
        Assert.Equal(new[] { "2016-10-01", "PRESENT_REF", "2016-11" }, facts.Timeline.Select(t => t.Value));
    }
}
