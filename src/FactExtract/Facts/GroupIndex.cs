namespace FactExtract;

/// <summary>
/// Group numbers by key, in order of first appearance, for folding mentions: a linear search while there are few
/// groups (most articles name a handful of organisations, dates and speakers), a dictionary once there are more.
/// Keys are equal as the given comparer says, either way.
/// </summary>
internal sealed class GroupIndex
{
    private const int LinearLimit = 8;

    private readonly StringComparer _comparer;
    private readonly List<string> _keys = new();
    private Dictionary<string, int>? _index;

    public GroupIndex(StringComparer comparer) => _comparer = comparer;

    /// <summary>The group of <paramref name="key"/>, or -1 when it has none yet.</summary>
    public int Find(string key)
    {
        if (_index is not null) return _index.TryGetValue(key, out int k) ? k : -1;
        for (int k = 0; k < _keys.Count; k++)
            if (_comparer.Equals(_keys[k], key)) return k;
        return -1;
    }

    /// <summary>Opens the next group for a key that has none yet; returns its number.</summary>
    public int Add(string key)
    {
        int group = _keys.Count;
        _keys.Add(key);
        if (_index is not null)
        {
            _index.Add(key, group);
        }
        else if (_keys.Count > LinearLimit)
        {
            _index = new Dictionary<string, int>(_keys.Count * 2, _comparer);
            for (int k = 0; k < _keys.Count; k++) _index.Add(_keys[k], k);
        }

        return group;
    }
}
