using System.Globalization;
using FactExtract.Input;

namespace FactExtract.Tests.Batch;

/// <summary>Publication dates read from a data field: the digit fast path agrees with the general parsers.</summary>
public class DateFieldTests
{
    [Theory]
    [InlineData("2016-10-01", 2016, 10, 1)]
    [InlineData("  2016-02-29  ", 2016, 2, 29)]
    [InlineData("2016-10-01T23:30:00-05:00", 2016, 10, 1)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void ReadsTheDayOfADateOrTimestamp(string raw, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateField.Parse(raw));

    [Theory]
    [InlineData("2015-02-29")]
    [InlineData("2016-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("2016-1-010")]
    [InlineData("")]
    [InlineData(null)]
    public void RejectsWhatTheGeneralParsersReject(string? raw)
    {
        DateOnly? general = null;
        if (!string.IsNullOrWhiteSpace(raw))
        {
            var s = raw.AsSpan().Trim();
            if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) general = d;
            else if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)) general = DateOnly.FromDateTime(dto.Date);
        }

        Assert.Equal(general, DateField.Parse(raw));
    }
}
