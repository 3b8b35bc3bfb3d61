namespace FactExtract.Corpus;

/// <summary>
/// A dictionary of per-key tallies that never holds more than a cap. When an insert takes it past the cap, the long
/// tail is pruned: only the <c>cap / 2</c> entries that rank highest (by the rank function, then by key) are kept.
/// Why halve instead of evicting one: pruning sorts the table, so doing it rarely keeps the cost per insert amortised
/// constant. The price: a key pruned and seen again starts from zero, so its tally is a lower bound; <see cref="Pruned"/>
/// says whether that could have happened. On news, names follow a steep power law, so the head is kept exactly.
/// </summary>
internal sealed class BoundedTable<TValue> where TValue : class
{
    private readonly Dictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private readonly int _cap;
    private readonly Func<TValue, long> _rank;

    /// <param name="cap">The most entries kept (at least 2).</param>
    /// <param name="rank">What decides which entries survive a prune: higher survives.</param>
    public BoundedTable(int cap, Func<TValue, long> rank)
    {
        _cap = Math.Max(2, cap);
        _rank = rank;
    }

    /// <summary>Whether the table has ever dropped entries, making its tallies lower bounds.</summary>
    public bool Pruned { get; private set; }

    public int Count => _entries.Count;

    public IEnumerable<KeyValuePair<string, TValue>> Entries => _entries;

    /// <summary>The entry for <paramref name="key"/>, created by <paramref name="create"/> when absent (which may prune others).</summary>
    public TValue GetOrAdd(string key, Func<TValue> create)
    {
        if (_entries.TryGetValue(key, out var value)) return value;
        if (_entries.Count >= _cap) Prune();
        value = create();
        _entries.Add(key, value);
        return value;
    }

    public bool TryGet(string key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>The <paramref name="count"/> highest-ranked entries, highest first; ties by key, so the order is stable.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Top(int count) =>
        _entries.OrderByDescending(e => _rank(e.Value)).ThenBy(e => e.Key, StringComparer.Ordinal).Take(count);

    private void Prune()
    {
        var keep = Top(_cap / 2).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in _entries.Keys.Where(k => !keep.Contains(k)).ToList()) _entries.Remove(key);
        Pruned = true;
    }
}
