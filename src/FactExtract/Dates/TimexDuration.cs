using System.Globalization;

namespace FactExtract.Dates;

/// <summary>
/// A TIMEX3 duration: an amount of one unit, <c>P3Y</c>, <c>PT24H</c>, <c>P2DE</c>; an unknown
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
        string number = amount is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return unit.IsClock() ? $"PT{number}{unit.Designator()}" : $"P{number}{unit.Designator()}";
    }
}
