using System.Globalization;

namespace FactExtract.Input;

/// <summary>Reads a publication date from a data field or an HTML attribute: <c>YYYY-MM-DD</c>, or an ISO 8601 timestamp cut to its date.</summary>
internal static class DateField
{
    public static DateOnly? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.AsSpan().Trim();
        if (s.Length >= 10 && TryDigits(s[..10]) is { } plain) return plain;
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)
            ? DateOnly.FromDateTime(dto.Date)
            : null;
    }

    // The common case without the general parser: "2016-10-01" in ASCII digits and a valid date, exactly what
    // "yyyy-MM-dd" parses; anything else (including an invalid day) is left to the parsers above, as before.
    private static DateOnly? TryDigits(ReadOnlySpan<char> s)
    {
        if (s[4] != '-' || s[7] != '-') return null;
        int year = 0, month = 0, day = 0;
        for (int k = 0; k < 10; k++)
        {
            if (k is 4 or 7) continue;
            int digit = s[k] - '0';
            if ((uint)digit > 9) return null;
            if (k < 4) year = year * 10 + digit;
            else if (k < 7) month = month * 10 + digit;
            else day = day * 10 + digit;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}
