namespace FactExtract.Corpus;

/// <summary>
/// The buckets along a chart's x axis: every month between the first and last one with data, or every year when that
/// span is too long for a month per bucket to be readable (and for the page to stay small).
/// </summary>
internal sealed record Axis(int First, bool ByYear, IReadOnlyList<string> Labels, bool Centered)
{
    private const int MaxMonths = 120;

    public int Count => Labels.Count;

    public string Unit => ByYear ? "year" : "month";

    /// <summary>The axis spanning the given <c>YYYY-MM</c> months; null when there are none.</summary>
    public static Axis? Spanning(IEnumerable<string> months, bool centered)
    {
        var keys = months.Select(m => Month.TryParse(m, out var k) ? k : -1).Where(k => k >= 0).ToArray();
        if (keys.Length == 0) return null;
        int first = keys.Min(), last = keys.Max();
        if (last - first + 1 <= MaxMonths)
            return new Axis(first, false, Enumerable.Range(first, last - first + 1).Select(Month.Format).ToArray(), centered);
        int firstYear = first / 12, lastYear = last / 12;
        return new Axis(firstYear, true, Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(y => y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToArray(), centered);
    }

    /// <summary>The series' counts laid on this axis, summed per bucket.</summary>
    public long[] Values(IEnumerable<MonthCount> series)
    {
        var values = new long[Count];
        foreach (var point in series)
        {
            if (!Month.TryParse(point.Month, out var month)) continue;
            var bucket = (ByYear ? month / 12 : month) - First;
            if (bucket >= 0 && bucket < Count) values[bucket] += point.Count;
        }

        return values;
    }
}
