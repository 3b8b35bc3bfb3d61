namespace FactExtract.Dates;

/// <summary>A calendar or clock unit, as durations (<c>P3Y</c>) and relative shifts ("last week") use it.</summary>
internal enum TimeUnit : byte
{
    Second, Minute, Hour, PartOfDay, Day, Weekend, Week, Fortnight, Month, Season, Quarter, Half, Year, Decade, Century, Millennium,
}

internal static class TimeUnitExtensions
{
    /// <summary>The TIMEX3 duration designator: <c>Y</c>, <c>M</c>, <c>W</c>, <c>D</c>, <c>H</c> ...</summary>
    public static string Designator(this TimeUnit unit) => unit switch
    {
        TimeUnit.Second => "S",
        TimeUnit.Minute => "M",
        TimeUnit.Hour => "H",
        TimeUnit.PartOfDay or TimeUnit.Day => "D",
        TimeUnit.Weekend => "WE",
        TimeUnit.Week => "W",
        TimeUnit.Fortnight => "W",
        TimeUnit.Month => "M",
        TimeUnit.Season => "M",
        TimeUnit.Quarter => "Q",
        TimeUnit.Half => "M",
        TimeUnit.Year => "Y",
        TimeUnit.Decade => "DE",
        TimeUnit.Century => "CE",
        TimeUnit.Millennium => "ML",
        _ => "X",
    };

    /// <summary>Clock units go after the <c>T</c> of a duration (<c>PT5H</c>).</summary>
    public static bool IsClock(this TimeUnit unit) => unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour;
}
