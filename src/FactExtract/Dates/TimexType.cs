namespace FactExtract.Dates;

/// <summary>The four TIMEX3 types.</summary>
internal enum TimexType : byte
{
    Date, Time, Duration, Set,
}

internal static class TimexTypeExtensions
{
    public static string Name(this TimexType type) => type switch
    {
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => "DATE",
    };
}
