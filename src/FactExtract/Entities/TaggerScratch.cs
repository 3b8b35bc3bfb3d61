namespace FactExtract.Entities;

/// <summary>Reusable buffers for tagging one document's sentences in order; one per thread, never shared.</summary>
internal sealed class TaggerScratch
{
    public TokenHashes[] Hashes { get; private set; } = new TokenHashes[64];

    /// <summary>A token's context features (see <see cref="GreedyTagger"/>, which looks them up one token ahead).</summary>
    public uint[] Features { get; } = new uint[NerFeatures.MaxContext];

    public uint[] DynamicFeatures { get; } = new uint[NerFeatures.DynamicCount];

    /// <summary>The weight rows of the current and the next token's context features, found once (see <see cref="NerModel.FindRows"/>).</summary>
    public int[] Rows { get; } = new int[NerFeatures.MaxContext];

    public int[] NextRows { get; } = new int[NerFeatures.MaxContext];

    /// <summary>The weight rows of a token's tag-dependent features.</summary>
    public int[] DynamicRows { get; } = new int[NerFeatures.DynamicCount];

    /// <summary>Tags of earlier words of the current document; clear between documents.</summary>
    public DocumentMemory Memory { get; } = new();

    public int[] Scores { get; private set; } = Array.Empty<int>();

    private BeamScratch? _beam;

    /// <summary>Beam-search buffers for a sentence of <paramref name="tokens"/> tokens (see <see cref="BeamTagger"/>).</summary>
    public BeamScratch BeamFor(int tokens, int width, int labels)
    {
        _beam ??= new BeamScratch();
        _beam.Ensure(tokens, width, labels);
        return _beam;
    }

    private readonly int _cacheSlots;
    private WordScoreCache? _cache;

    /// <param name="cacheSlots">Word types the score cache holds (a power of two); 32,768 slots take about 37 MB, and hold the
    /// common vocabulary of news so that most tokens find their word already scored.</param>
    public TaggerScratch(int cacheSlots = 32768) => _cacheSlots = cacheSlots;

    /// <summary>The word-score cache for <paramref name="model"/>, kept across sentences and documents (a new one when the model changes).</summary>
    public WordScoreCache CacheFor(NerModel model)
    {
        if (_cache is null || !ReferenceEquals(_cache.Model, model)) _cache = new WordScoreCache(model, _cacheSlots);
        return _cache;
    }

    public void Ensure(int tokens, int labels)
    {
        if (Hashes.Length < tokens) Hashes = new TokenHashes[Math.Max(tokens, Hashes.Length * 2)];
        if (Scores.Length < labels) Scores = new int[labels];
    }
}
