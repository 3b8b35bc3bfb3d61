namespace FactExtract.Entities;

/// <summary>
/// Distributional word classes learnt from unlabelled news text (see the training project's
/// ClusterBuilder): for each known lower-cased word, a k-means class and a 16-bit SimHash of its
/// context vector, whose prefixes act as coarser classes. Lets the tagger generalise from
/// "Ottawa" to a city it saw only in raw text. Keyed by the word's lower-case feature hash.
/// </summary>
internal sealed class WordClusters
{
    public static readonly WordClusters Empty = new(new Dictionary<uint, uint>());

    private readonly Dictionary<uint, uint> _classes;

    public WordClusters(Dictionary<uint, uint> classes) => _classes = classes;

    public int Count => _classes.Count;

    /// <summary>Entries as (lower-case hash, packed class: k-means class + 1 in the high 16 bits, SimHash in the low 16).</summary>
    public IEnumerable<KeyValuePair<uint, uint>> Entries => _classes;

    /// <summary>The packed class of a word, 0 when it is unknown.</summary>
    public uint Lookup(uint lowerHash) => _classes.TryGetValue(lowerHash, out var packed) ? packed : 0;

    public static uint Pack(int kmeansClass, ushort simHash) => ((uint)(kmeansClass + 1) << 16) | simHash;
}
