using System.Globalization;

namespace FactExtract.Input;

/// <summary>Reads a publication date from a data field or an HTML attribute: <c>YYYY-MM-DD</c>, or an ISO 8601 timestamp cut to its date.</summary>
internal static class DateField
{
    public static DateOnly? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.AsSpan().Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)
            ? DateOnly.FromDateTime(dto.Date)
            : null;
    }
}
