namespace FactExtract.Entities;

/// <summary>
/// Per-word-type scores, cached. Most feature templates look at one word only — its own form, or
/// the form of a word one or two places before or after — so their summed weights are the same at
/// every occurrence of that word. Caching those sums turns about 30 scattered weight-row reads per
/// token into five, which is what makes tagging fast: the weight table is far larger than the CPU
/// cache, so the row reads are the cost. Most tokens follow an O tag, so the three features that
/// join the previous tag with a word (this one, or the next) are cached too, for that tag only.
/// Four-way set-associative on a 64-bit key of the word (a word may sit in any slot of its set, and
/// a new word replaces the one used least recently), so a few common words whose keys collide do
/// not keep evicting each other; bound to one model; one per thread, never shared.
/// </summary>
internal sealed class WordScoreCache
{
    // The cached sums of one word, each a vector of one score per tag.
    private const int SelfPart = 0, SelfAfterOutsidePart = 1, LeftPart = 2, RightPart = 3, RightAfterOutsidePart = 4, SecondLeftPart = 5, SecondRightPart = 6;
    private const int Parts = 7;
    private const int Outside = 0; // the O tag's index

    // What a sentence's edges give the tokens near them, in place of a neighbour's cached sums.
    private const int LeftEdge = 0, RightEdge = 1, RightEdgeAfterOutside = 2, SecondLeftOfFirst = 3, SecondLeftOfSecond = 4,
        SecondRightOfLast = 5, SecondRightOfSecondToLast = 6, BoundaryCount = 7;

    // Score vectors are the model's Width long (zeros past the last tag), so they add with whole vector instructions.
    private readonly int _width;
    // Slots per set (4, or fewer in a cache of fewer slots), and which set a key goes to.
    private const int MaxWays = 4;
    private readonly int _ways;
    private readonly int _setMask;
    private readonly ulong[] _keys;
    // Per slot: when it was last used (a count of lookups), so a set replaces its least recently used word.
    private readonly ulong[] _lastUse;
    private ulong _clock;
    private readonly TokenHashes[] _hashes;
    private readonly int[] _vectors;
    private readonly int[] _boundaries;

    public WordScoreCache(NerModel model, int slots = 8192)
    {
        if (slots < 2 || slots > 1 << 26 || (slots & (slots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(slots), "a power of two from 2 to 2^26 is required");
        Model = model;
        _width = model.Width;
        _ways = Math.Min(MaxWays, slots);
        _setMask = slots / _ways - 1;
        _keys = new ulong[slots];
        _lastUse = new ulong[slots];
        _hashes = new TokenHashes[slots];
        _vectors = HugePages.Allocate<int>(checked(slots * Parts * _width)); // read at random, like the weight rows
        _boundaries = new int[BoundaryCount * _width];
        Span<uint> features = stackalloc uint[NerFeatures.NeighbourCount + 1];
        int n = NerFeatures.LeftBoundary(features);
        model.AddScores(features[..n], Boundary(LeftEdge));
        n = NerFeatures.RightBoundary(features);
        model.AddScores(features[..n], Boundary(RightEdge));
        model.AddScores(features[..n], Boundary(RightEdgeAfterOutside));
        NerFeatures.NextWordAfter(Outside, NerFeatures.EndOfSentence, features);
        model.AddScores(features[..1], Boundary(RightEdgeAfterOutside));
        NerFeatures.SecondLeftBoundary(false, features);
        model.AddScores(features[..1], Boundary(SecondLeftOfFirst));
        NerFeatures.SecondLeftBoundary(true, features);
        model.AddScores(features[..1], Boundary(SecondLeftOfSecond));
        NerFeatures.SecondRightBoundary(false, features);
        model.AddScores(features[..1], Boundary(SecondRightOfLast));
        NerFeatures.SecondRightBoundary(true, features);
        model.AddScores(features[..1], Boundary(SecondRightOfSecondToLast));
    }

    public NerModel Model { get; }

    /// <summary>How many times a word has been scored into a slot: a caller that holds spans from <see cref="Self"/> and its
    /// siblings checks that it did not change while it took them, as scoring a word may overwrite what an earlier span shows.</summary>
    public long Fills { get; private set; }

    /// <summary>The left-neighbour scores of a sentence's first token.</summary>
    public ReadOnlySpan<int> LeftBoundary => Boundary(LeftEdge);

    /// <summary>The right-neighbour scores of a sentence's last token (<paramref name="afterOutside"/>: with the next-word-after-O feature).</summary>
    public ReadOnlySpan<int> RightBoundary(bool afterOutside) => Boundary(afterOutside ? RightEdgeAfterOutside : RightEdge);

    /// <summary>The second-left scores of token 0 or 1 of a sentence.</summary>
    public ReadOnlySpan<int> SecondLeftBoundary(int token) => Boundary(token == 0 ? SecondLeftOfFirst : SecondLeftOfSecond);

    /// <summary>The second-right scores of the last token (<paramref name="secondToLast"/> false) or the one before it.</summary>
    public ReadOnlySpan<int> SecondRightBoundary(bool secondToLast) => Boundary(secondToLast ? SecondRightOfSecondToLast : SecondRightOfLast);

    private Span<int> Boundary(int k) => _boundaries.AsSpan(k * _width, _width);

    /// <summary>Fills every hash of a token's (normalised) form, from the cache when the word was seen before.</summary>
    public void Describe(ReadOnlySpan<char> form, ref TokenHashes h)
    {
        FeatureHash.OfSpanKeyed(form, 1, out ulong key);
        int slot = Find(key);
        if (slot >= 0)
        {
            h = _hashes[slot];
            h.Slot = slot;
            return;
        }

        NerFeatures.Hash(form, ref h);
        h.Cluster = Model.Clusters.Lookup(h.Lower);
        h.Slot = Fill(h);
    }

    /// <summary>The summed scores of the word's own features (<paramref name="afterOutside"/>: with its features joined to a previous O tag).</summary>
    public ReadOnlySpan<int> Self(in TokenHashes h, bool afterOutside) => Part(h, afterOutside ? SelfAfterOutsidePart : SelfPart);

    /// <summary>The summed scores the word gives the token after it.</summary>
    public ReadOnlySpan<int> AsLeftNeighbour(in TokenHashes h) => Part(h, LeftPart);

    /// <summary>The summed scores the word gives the token before it (<paramref name="afterOutside"/>: when that token follows an O tag).</summary>
    public ReadOnlySpan<int> AsRightNeighbour(in TokenHashes h, bool afterOutside) => Part(h, afterOutside ? RightAfterOutsidePart : RightPart);

    /// <summary>The score the word gives the token two places after it.</summary>
    public ReadOnlySpan<int> AsSecondLeft(in TokenHashes h) => Part(h, SecondLeftPart);

    /// <summary>The score the word gives the token two places before it.</summary>
    public ReadOnlySpan<int> AsSecondRight(in TokenHashes h) => Part(h, SecondRightPart);

    private ReadOnlySpan<int> Part(in TokenHashes h, int part)
    {
        // Most words are still where Describe found them: one compare instead of searching the set.
        int slot = h.Slot;
        if ((uint)slot < (uint)_keys.Length && _keys[slot] == h.Key) _lastUse[slot] = ++_clock;
        else slot = Find(h.Key);
        // Other words of the same sentence may have taken the set since Describe: refill it.
        if (slot < 0) slot = Fill(h);
        return _vectors.AsSpan((slot * Parts + part) * _width, _width);
    }

    private Span<int> Vector(Span<int> slotVectors, int part) => slotVectors.Slice(part * _width, _width);

    /// <summary>The slot holding <paramref name="key"/> (marked as used last), or -1.</summary>
    private int Find(ulong key)
    {
        int first = SetOf(key) * _ways;
        for (int slot = first; slot < first + _ways; slot++)
        {
            if (_keys[slot] == key)
            {
                _lastUse[slot] = ++_clock;
                return slot;
            }
        }

        return -1;
    }

    // The key's high bits (24 of them, enough for 2^26 slots): its lowest bit is always 1 (0 marks an empty slot), and FNV-1a mixes the high bits best.
    private int SetOf(ulong key) => (int)(key >> 40) & _setMask;

    /// <summary>Scores the word into the least recently used slot of its set; returns that slot.</summary>
    private int Fill(in TokenHashes h)
    {
        int first = SetOf(h.Key) * _ways;
        int slot = first;
        for (int way = first + 1; way < first + _ways; way++)
            if (_lastUse[way] < _lastUse[slot]) slot = way;
        _lastUse[slot] = ++_clock;
        Fills++;
        var vectors = _vectors.AsSpan(slot * Parts * _width, Parts * _width);
        vectors.Clear();
        Span<uint> features = stackalloc uint[NerFeatures.SelfCount];
        int n = NerFeatures.Self(h, features);
        Model.AddScores(features[..n], Vector(vectors, SelfPart));
        Model.AddScores(features[..n], Vector(vectors, SelfAfterOutsidePart));
        NerFeatures.WordsAfter(Outside, h, features);
        Model.AddScores(features[..2], Vector(vectors, SelfAfterOutsidePart));
        n = NerFeatures.AsLeftNeighbour(h, features);
        Model.AddScores(features[..n], Vector(vectors, LeftPart));
        n = NerFeatures.AsRightNeighbour(h, features);
        Model.AddScores(features[..n], Vector(vectors, RightPart));
        Model.AddScores(features[..n], Vector(vectors, RightAfterOutsidePart));
        NerFeatures.NextWordAfter(Outside, h.Lower, features);
        Model.AddScores(features[..1], Vector(vectors, RightAfterOutsidePart));
        NerFeatures.AsSecondLeft(h, features);
        Model.AddScores(features[..1], Vector(vectors, SecondLeftPart));
        NerFeatures.AsSecondRight(h, features);
        Model.AddScores(features[..1], Vector(vectors, SecondRightPart));
        _keys[slot] = h.Key;
        _hashes[slot] = h;
        return slot;
    }
}
