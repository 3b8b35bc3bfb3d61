namespace FactExtract.Dates;

/// <summary>A part of the day, as TIMEX3 writes it after the <c>T</c>: <c>MO</c>, <c>AF</c>, <c>EV</c>, <c>NI</c>, <c>DT</c>.</summary>
internal enum PartOfDay : byte
{
    None, Morning, Afternoon, Evening, Night, DayTime,
}

internal static class PartOfDayExtensions
{
    public static string Code(this PartOfDay part) => part switch
    {
        PartOfDay.Morning => "MO",
        PartOfDay.Afternoon => "AF",
        PartOfDay.Evening => "EV",
        PartOfDay.Night => "NI",
        PartOfDay.DayTime => "DT",
        _ => "",
    };
}
