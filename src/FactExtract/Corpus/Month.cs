namespace FactExtract.Corpus;

/// <summary>Calendar months as one integer (<c>year * 12 + month - 1</c>), so series sort and span without parsing.</summary>
internal static class Month
{
    // Years outside this range are almost always misread numbers; a histogram stretched to the year 9999 would hide the rest.
    private const int MinYear = 1000;
    private const int MaxYear = 2999;

    public static int Of(DateOnly date) => date.Year * 12 + date.Month - 1;

    /// <summary>The month a TIMEX3 value names (<c>2015-11</c>, <c>2015-11-30</c>, <c>2015-11-29TNI</c>); false for a year
    /// alone, a week, a season, a duration or a value with unknown digits (<c>XXXX-07</c>): they name no one month.</summary>
    public static bool TryParse(string? value, out int month)
    {
        month = 0;
        if (value is null || value.Length < 7 || value[4] != '-') return false;
        if (!int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, null, out var year)) return false;
        if (!char.IsAsciiDigit(value[5]) || !char.IsAsciiDigit(value[6])) return false;
        if (value.Length > 7 && value[7] != '-' && value[7] != 'T') return false;
        var m = (value[5] - '0') * 10 + (value[6] - '0');
        if (year < MinYear || year > MaxYear || m < 1 || m > 12) return false;
        month = year * 12 + m - 1;
        return true;
    }

    public static string Format(int month) => $"{month / 12:D4}-{month % 12 + 1:D2}";
}
