namespace FactExtract.Quotes;

/// <summary>
/// Spans sorted by start, with the running maximum of their ends, so that "the first span (in that order) overlapping
/// a range" is a binary search instead of a pass over every span: the speaker search asks it once per quotation,
/// which made a long article's run time grow with the square of its length.
/// </summary>
internal readonly struct IntervalLookup
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;

    /// <param name="starts">The spans' starts, in non-decreasing order.</param>
    /// <param name="ends">The spans' ends, in the same order.</param>
    public IntervalLookup(int[] starts, int[] ends)
    {
        _starts = starts;
        _maxEnds = new int[ends.Length];
        int max = int.MinValue;
        for (int k = 0; k < ends.Length; k++) _maxEnds[k] = max = Math.Max(max, ends[k]);
    }

    /// <summary>The index of the first span with <c>Start &lt; end</c> and <c>start &lt; End</c>, or −1.</summary>
    public int FirstOverlapping(int start, int end)
    {
        if (_starts is null) return -1;
        // Every span before k ends at or before start; span k is the first that ends after it.
        int k = FirstAbove(_maxEnds, start);
        return k < _starts.Length && _starts[k] < end ? k : -1;
    }

    /// <summary>How many spans start before <paramref name="offset"/> (they come first).</summary>
    public int CountStartingBefore(int offset) => _starts is null ? 0 : FirstAbove(_starts, offset - 1);

    // The first index whose value is greater than `value` in a non-decreasing array (its length when none is).
    private static int FirstAbove(int[] values, int value)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (values[mid] > value) hi = mid;
            else lo = mid + 1;
        }

        return lo;
    }
}
