using System.Globalization;

namespace FactExtract.Dates;

/// <summary>
/// A TIMEX3 duration: an amount of one unit, <c>P3Y</c>, <c>PT24H</c>, <c>P20Y</c> ("two decades"); an unknown
/// amount ("several years") prints as <c>PXY</c>.
/// </summary>
/// <param name="Amount">How many units; null when vague.</param>
/// <param name="Unit">The unit.</param>
internal readonly record struct TimexDuration(decimal? Amount, TimeUnit Unit)
{
    public override string ToString()
    {
        var amount = Amount;
        var unit = Unit;
        if (unit == TimeUnit.Fortnight) { unit = TimeUnit.Week; amount *= 2; }
        else if (unit == TimeUnit.Half) { unit = TimeUnit.Month; amount *= 6; }
        else if (unit is TimeUnit.Season or TimeUnit.Quarter) { unit = TimeUnit.Month; amount *= 3; }
        else if (unit == TimeUnit.PartOfDay) unit = TimeUnit.Day;
        // "two decades" = P20Y: ISO 8601 has no decade or century designator, so a counted one is
        // written in years; only a vague amount ("decades", PXDE) keeps the TIMEX2-style unit.
        else if (unit is TimeUnit.Decade or TimeUnit.Century or TimeUnit.Millennium && amount is { } counted && counted == decimal.Truncate(counted))
        { amount = counted * (unit == TimeUnit.Decade ? 10 : unit == TimeUnit.Century ? 100 : 1000); unit = TimeUnit.Year; }
        if (amount is { } exact && exact != decimal.Truncate(exact) && Smaller(unit) is { } smaller)
        {
            // "two and a half years" = P2Y6M, "a minute and a half" = PT1M30S, "a day and a half" = P1DT12H.
            decimal rest = (exact - decimal.Truncate(exact)) * smaller.PerUnit;
            if (rest == decimal.Truncate(rest))
            {
                string whole = decimal.Truncate(exact) == 0 ? "" : Part(decimal.Truncate(exact), unit);
                return "P" + (unit.IsClock() ? "T" : "") + whole + (smaller.Unit.IsClock() && !unit.IsClock() ? "T" : "") + Part(rest, smaller.Unit);
            }
        }

        string number = amount is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return unit.IsClock() ? $"PT{number}{unit.Designator()}" : $"P{number}{unit.Designator()}";
    }

    private static string Part(decimal amount, TimeUnit unit) => amount.ToString("0", CultureInfo.InvariantCulture) + unit.Designator();

    /// <summary>The unit a fraction of <paramref name="unit"/> is written in, and how many of it make one.</summary>
    private static (TimeUnit Unit, int PerUnit)? Smaller(TimeUnit unit) => unit switch
    {
        TimeUnit.Millennium or TimeUnit.Century or TimeUnit.Decade => (TimeUnit.Year, unit == TimeUnit.Decade ? 10 : unit == TimeUnit.Century ? 100 : 1000),
        TimeUnit.Year => (TimeUnit.Month, 12),
        TimeUnit.Week => (TimeUnit.Day, 7),
        TimeUnit.Day => (TimeUnit.Hour, 24),
        TimeUnit.Hour => (TimeUnit.Minute, 60),
        TimeUnit.Minute => (TimeUnit.Second, 60),
        _ => null,
    };
}
