using System.Globalization;

namespace FactExtract.Dates;

/// <summary>
/// The clock part of a TIMEX3 TIME value: an hour and minute (<c>T16:49</c>) or a part of the
/// day (<c>TNI</c>). Appended to a day's value.
/// </summary>
/// <param name="Hour">0–24, or −1 when only a part of the day is known.</param>
/// <param name="Minute">0–59.</param>
/// <param name="Part">The part of the day when no clock time is given.</param>
internal readonly record struct TimexTime(int Hour, int Minute, PartOfDay Part)
{
    public static readonly TimexTime None = new(-1, 0, PartOfDay.None);

    public bool IsNone => Hour < 0 && Part == PartOfDay.None;

    public override string ToString() => IsNone ? ""
        : Hour >= 0 ? string.Create(CultureInfo.InvariantCulture, $"T{Hour:D2}:{Minute:D2}")
        : "T" + Part.Code();
}
