using System.Globalization;

namespace FactExtract.Dates;

/// <summary>
/// A calendar period at one granularity — a day, an ISO week, a month, a quarter, a year, a
/// decade ... — written as a TIMEX3 value. Unknown fields print as <c>X</c>: a month with no
/// knowable year is <c>XXXX-07</c>, a bare weekday <c>XXXX-WXX-5</c>.
/// </summary>
/// <param name="Year">The year (ISO week-year for weeks); null when it cannot be known.</param>
/// <param name="Granularity">Which period: <see cref="TimeUnit.Day"/>, <see cref="TimeUnit.Week"/>, <see cref="TimeUnit.Month"/> ...</param>
/// <param name="Part">Month (1–12) for days and months, else the quarter, half, season (1 spring – 4 winter) or ISO week number; 0 when unknown.</param>
/// <param name="Day">Day of the month; for a weekday whose week is unknown, 0 with <paramref name="Weekday"/> set.</param>
/// <param name="Weekday">ISO weekday 1 (Monday) – 7 (Sunday) when only the weekday is known.</param>
internal readonly record struct TimexDate(int? Year, TimeUnit Granularity, int Part = 0, int Day = 0, int Weekday = 0)
{
    private static readonly string[] Seasons = ["", "SP", "SU", "FA", "WI"];

    public static TimexDate OfDay(DateOnly date) => new(date.Year, TimeUnit.Day, date.Month, date.Day);

    public static TimexDate OfWeek(DateOnly date, TimeUnit granularity = TimeUnit.Week)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return new(ISOWeek.GetYear(dt), granularity, ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>The TIMEX3 value, e.g. <c>2015-11-30</c>, <c>2015-W48</c>, <c>1989-Q3</c>, <c>199</c>.</summary>
    public override string ToString()
    {
        string year = Year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";
        return Granularity switch
        {
            TimeUnit.Millennium => Year is { } m ? (m / 1000).ToString(CultureInfo.InvariantCulture) : "X",
            TimeUnit.Century => Year is { } c ? (c / 100).ToString("D2", CultureInfo.InvariantCulture) : "XX",
            TimeUnit.Decade => Year is { } d ? (d / 10).ToString("D3", CultureInfo.InvariantCulture) : "XXX",
            TimeUnit.Year => year,
            TimeUnit.Half => $"{year}-H{Digit(Part)}",
            TimeUnit.Quarter => $"{year}-Q{Digit(Part)}",
            TimeUnit.Season => $"{year}-{(Part is >= 1 and <= 4 ? Seasons[Part] : "XX")}",
            TimeUnit.Month => $"{year}-{Two(Part)}",
            TimeUnit.Week => $"{year}-W{Two(Part)}",
            TimeUnit.Weekend => $"{year}-W{Two(Part)}-WE",
            _ when Weekday != 0 && Day == 0 => $"{year}-W{Two(Part)}-{Weekday}",
            _ => $"{year}-{Two(Part)}-{Two(Day)}",
        };
    }

    private static string Digit(int value) => value > 0 ? value.ToString(CultureInfo.InvariantCulture) : "X";

    private static string Two(int value) => value > 0 ? value.ToString("D2", CultureInfo.InvariantCulture) : "XX";
}
