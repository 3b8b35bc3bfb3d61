namespace FactExtract.Entities.Neural;

/// <summary>
/// A token's input to the LSTM depends only on its text, and so do both directions' input projections (W·x + b), which
/// are over half the network's multiply-adds. This keeps them for the first <see cref="Capacity"/> distinct token
/// texts a thread meets (news repeats its common words, so those come early and stay), and is bypassed for the rest.
/// A cached projection is the same floats the network would compute again, so tags never depend on the cache.
/// </summary>
internal sealed class ProjectionCache
{
    /// <summary>Entries kept: 4 KB each for a 128-unit LSTM, so 16 MB per thread.</summary>
    public const int Capacity = 4096;

    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private float[] _values = [];
    private int _width;

    public ProjectionCache() => _lookup = _slots.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cached projection of <paramref name="token"/>, or an empty span.</summary>
    public ReadOnlySpan<float> Find(ReadOnlySpan<char> token, int width)
    {
        if (width != _width || !_lookup.TryGetValue(token, out int slot)) return default;
        return _values.AsSpan(slot * width, width);
    }

    /// <summary>Keeps <paramref name="projection"/> for <paramref name="token"/> while there is room.</summary>
    public void Add(ReadOnlySpan<char> token, ReadOnlySpan<float> projection)
    {
        if (projection.Length != _width)
        {
            _slots.Clear();
            _width = projection.Length;
            _values = [];
        }

        if (_slots.Count >= Capacity || token.Length > 64) return;
        int slot = _slots.Count;
        if (_values.Length < (slot + 1) * _width) Array.Resize(ref _values, Math.Max((slot + 1) * _width, Math.Min(2 * _values.Length, Capacity * _width)));
        projection.CopyTo(_values.AsSpan(slot * _width, _width));
        _lookup[token] = slot;
    }
}
