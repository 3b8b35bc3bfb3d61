namespace FactExtract.Entities;

/// <summary>
/// Per-word-type scores, cached. Most feature templates look at one word only — its own form, or
/// the form of the word just before or after — so their summed weights are the same at every
/// occurrence of that word. Caching the three sums (as the token itself, as a left neighbour, as a
/// right neighbour) turns 24 scattered weight-row reads per token into three, which is what makes
/// tagging fast: the weight table is far larger than the CPU cache, so the row reads are the cost.
/// Two-way set-associative on a 64-bit key of the word (a word may sit in either slot of its set,
/// and a new word replaces the one used less recently), so two common words whose keys collide do
/// not keep evicting each other; bound to one model; one per thread, never shared.
/// </summary>
internal sealed class WordScoreCache
{
    private const int Parts = 3; // self, as left neighbour, as right neighbour

    private readonly int _labels;
    private readonly int _setMask;
    private readonly ulong[] _keys;
    // Per set: which of its two slots was used last (the other one is replaced first).
    private readonly byte[] _recent;
    private readonly TokenHashes[] _hashes;
    private readonly int[] _vectors;
    private readonly int[] _boundaries;

    public WordScoreCache(NerModel model, int slots = 8192)
    {
        if (slots < 2 || (slots & (slots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(slots), "a power of two (at least 2) is required");
        Model = model;
        _labels = model.Labels.Count;
        _setMask = slots / 2 - 1;
        _keys = new ulong[slots];
        _recent = new byte[slots / 2];
        _hashes = new TokenHashes[slots];
        _vectors = new int[(long)slots * Parts * _labels];
        _boundaries = new int[2 * _labels];
        Span<uint> features = stackalloc uint[NerFeatures.NeighbourCount];
        NerFeatures.LeftBoundary(features);
        model.AddScores(features, _boundaries.AsSpan(0, _labels));
        NerFeatures.RightBoundary(features);
        model.AddScores(features, _boundaries.AsSpan(_labels, _labels));
    }

    public NerModel Model { get; }

    /// <summary>The left-neighbour scores of a sentence's first token.</summary>
    public ReadOnlySpan<int> LeftBoundary => _boundaries.AsSpan(0, _labels);

    /// <summary>The right-neighbour scores of a sentence's last token.</summary>
    public ReadOnlySpan<int> RightBoundary => _boundaries.AsSpan(_labels, _labels);

    /// <summary>Fills every hash of a token's (normalised) form, from the cache when the word was seen before.</summary>
    public void Describe(ReadOnlySpan<char> form, ref TokenHashes h)
    {
        FeatureHash.OfSpanKeyed(form, 1, out ulong key);
        int slot = Find(key);
        if (slot >= 0)
        {
            h = _hashes[slot];
            return;
        }

        NerFeatures.Hash(form, ref h);
        h.Cluster = Model.Clusters.Lookup(h.Lower);
        Fill(h);
    }

    /// <summary>The summed scores of the word's own features.</summary>
    public ReadOnlySpan<int> Self(in TokenHashes h) => Part(h, 0);

    /// <summary>The summed scores the word gives the token after it.</summary>
    public ReadOnlySpan<int> AsLeftNeighbour(in TokenHashes h) => Part(h, 1);

    /// <summary>The summed scores the word gives the token before it.</summary>
    public ReadOnlySpan<int> AsRightNeighbour(in TokenHashes h) => Part(h, 2);

    private ReadOnlySpan<int> Part(in TokenHashes h, int part)
    {
        int slot = Find(h.Key);
        // Other words of the same sentence may have taken the set since Describe: refill it.
        if (slot < 0) slot = Fill(h);
        return _vectors.AsSpan((slot * Parts + part) * _labels, _labels);
    }

    /// <summary>The slot holding <paramref name="key"/> (marked as used last), or -1.</summary>
    private int Find(ulong key)
    {
        int set = (int)key & _setMask;
        int first = set * 2;
        if (_keys[first] == key)
        {
            _recent[set] = 0;
            return first;
        }

        if (_keys[first + 1] == key)
        {
            _recent[set] = 1;
            return first + 1;
        }

        return -1;
    }

    /// <summary>Scores the word into the less recently used slot of its set; returns that slot.</summary>
    private int Fill(in TokenHashes h)
    {
        int set = (int)h.Key & _setMask;
        int way = 1 - _recent[set];
        int slot = set * 2 + way;
        _recent[set] = (byte)way;
        var vectors = _vectors.AsSpan(slot * Parts * _labels, Parts * _labels);
        vectors.Clear();
        Span<uint> features = stackalloc uint[NerFeatures.SelfCount];
        int n = NerFeatures.Self(h, features);
        Model.AddScores(features[..n], vectors[.._labels]);
        n = NerFeatures.AsLeftNeighbour(h, features);
        Model.AddScores(features[..n], vectors.Slice(_labels, _labels));
        n = NerFeatures.AsRightNeighbour(h, features);
        Model.AddScores(features[..n], vectors.Slice(2 * _labels, _labels));
        _keys[slot] = h.Key;
        _hashes[slot] = h;
        return slot;
    }
}
