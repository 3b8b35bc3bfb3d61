namespace FactExtract.Entities;

/// <summary>
/// Per-word-type scores, cached. Most feature templates look at one word only — its own form, or
/// the form of the word just before or after — so their summed weights are the same at every
/// occurrence of that word. Caching the three sums (as the token itself, as a left neighbour, as a
/// right neighbour) turns 24 scattered weight-row reads per token into three, which is what makes
/// tagging fast: the weight table is far larger than the CPU cache, so the row reads are the cost.
/// Direct-mapped on a 64-bit key of the word; bound to one model; one per thread, never shared.
/// </summary>
internal sealed class WordScoreCache
{
    private const int Parts = 3; // self, as left neighbour, as right neighbour

    private readonly int _labels;
    private readonly int _mask;
    private readonly ulong[] _keys;
    private readonly TokenHashes[] _hashes;
    private readonly int[] _vectors;
    private readonly int[] _boundaries;

    public WordScoreCache(NerModel model, int slots = 8192)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(slots), "a power of two is required");
        Model = model;
        _labels = model.Labels.Count;
        _mask = slots - 1;
        _keys = new ulong[slots];
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
        int slot = (int)key & _mask;
        if (_keys[slot] == key)
        {
            h = _hashes[slot];
            return;
        }

        NerFeatures.Hash(form, ref h);
        h.Cluster = Model.Clusters.Lookup(h.Lower);
        Fill(slot, h);
    }

    /// <summary>The summed scores of the word's own features.</summary>
    public ReadOnlySpan<int> Self(in TokenHashes h) => Part(h, 0);

    /// <summary>The summed scores the word gives the token after it.</summary>
    public ReadOnlySpan<int> AsLeftNeighbour(in TokenHashes h) => Part(h, 1);

    /// <summary>The summed scores the word gives the token before it.</summary>
    public ReadOnlySpan<int> AsRightNeighbour(in TokenHashes h) => Part(h, 2);

    private ReadOnlySpan<int> Part(in TokenHashes h, int part)
    {
        int slot = (int)h.Key & _mask;
        // Another word of the same sentence may have taken the slot since Describe: refill it.
        if (_keys[slot] != h.Key) Fill(slot, h);
        return _vectors.AsSpan((slot * Parts + part) * _labels, _labels);
    }

    private void Fill(int slot, in TokenHashes h)
    {
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
    }
}
