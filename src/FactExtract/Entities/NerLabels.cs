namespace FactExtract.Entities;

/// <summary>
/// The tag set of a model: index 0 is <c>O</c>, then for each entity type T either <c>B-T</c>, <c>I-T</c> (BIO) or
/// <c>B-T</c>, <c>I-T</c>, <c>L-T</c>, <c>U-T</c> (BILOU: a name's last word and a one-word name get tags of their own).
/// Knows which tag may follow which, so decoding never continues a name that was not started; and reads every
/// tag back as BIO, the form CoNLL files and the scorer use.
/// </summary>
internal sealed class NerLabels
{
    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    private readonly Dictionary<string, int> _index;
    private readonly bool[] _allowed;
    private readonly int _stride;

    public NerLabels(IReadOnlyList<string> types, bool bilou = false)
    {
        Types = types.ToArray();
        Bilou = bilou;
        _stride = bilou ? 4 : 2;
        var tags = new List<string> { "O" };
        foreach (var t in Types)
        {
            tags.Add("B-" + t);
            tags.Add("I-" + t);
            if (bilou)
            {
                tags.Add("L-" + t);
                tags.Add("U-" + t);
            }
        }

        Tags = tags.ToArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Tags.Length; i++) _index[Tags[i]] = i;
        // Row prev+1 (prev = -1 is the sentence start), column cur: I/L only after B/I of the same type.
        _allowed = new bool[(Count + 1) * Count];
        for (int prev = -1; prev < Count; prev++)
            for (int cur = 0; cur < Count; cur++)
                _allowed[(prev + 1) * Count + cur] = !Continues(cur) || (prev > 0 && Opens(prev) && TypeOf(prev) == TypeOf(cur));
    }

    public string[] Types { get; }

    public string[] Tags { get; }

    /// <summary>BILOU tags rather than BIO.</summary>
    public bool Bilou { get; }

    public int Count => Tags.Length;

    private int Role(int tag) => (tag - 1) % _stride;

    /// <summary>A tag that starts a name (B, or U).</summary>
    public bool Starts(int tag) => tag > 0 && Role(tag) is Begin or Unit;

    /// <summary>A tag that continues the name before it (I, or L).</summary>
    public bool Continues(int tag) => tag > 0 && Role(tag) is Inside or Last;

    /// <summary>A tag after which the name may go on (B or I; in BIO every name tag).</summary>
    private bool Opens(int tag) => tag > 0 && (!Bilou || Role(tag) is Begin or Inside);

    /// <summary>The type index of a name tag.</summary>
    public int TypeOf(int tag) => (tag - 1) / _stride;

    public string TypeName(int tag) => Types[TypeOf(tag)];

    public bool Allowed(int prev, int cur) => _allowed[(prev + 1) * Count + cur];

    /// <summary>The tag as BIO (<c>U-T</c> → <c>B-T</c>, <c>L-T</c> → <c>I-T</c>).</summary>
    public string BioTag(int tag) => tag == 0 ? "O" : (Starts(tag) ? "B-" : "I-") + TypeName(tag);

    /// <summary>The tag that starts a name of the type of <paramref name="tag"/> and ends where it would (I → B, L → U).</summary>
    public int Restart(int tag) => Continues(tag) ? tag - 1 : tag;

    /// <summary>
    /// A sentence's BIO (or IOB1) tags as indices; an unknown type or a malformed tag reads as O. With BIO, each tag is
    /// its own index (<see cref="IndexOf"/>); with BILOU, a name's last word becomes L and a one-word name U.
    /// </summary>
    public int[] Encode(IReadOnlyList<string> bio)
    {
        var result = new int[bio.Count];
        if (!Bilou)
        {
            for (int i = 0; i < bio.Count; i++) result[i] = IndexOf(bio[i]);
            return result;
        }

        for (int i = 0; i < bio.Count; i++)
        {
            int tag = _index.TryGetValue(bio[i], out var k) ? k : 0;
            if (tag == 0) continue;
            bool continued = i > 0 && result[i - 1] != 0 && TypeOf(result[i - 1]) == TypeOf(tag);
            // IOB1 writes a name's first word as I-: it starts the name unless the previous word is of the same type.
            int role = Role(tag) == Inside && continued ? Inside : Begin;
            bool goesOn = i + 1 < bio.Count && bio[i + 1].Length > 2 && bio[i + 1][0] == 'I' && bio[i + 1].AsSpan(2).SequenceEqual(TypeName(tag));
            if (!goesOn) role = role == Inside ? Last : Unit;

            result[i] = 1 + TypeOf(tag) * _stride + role;
        }

        return result;
    }

    /// <summary>The tag's index; an unknown type or a malformed tag reads as O.</summary>
    public int IndexOf(string tag) => _index.TryGetValue(tag, out var i) ? i : 0;

    /// <summary>Collects the entity types of BIO (or IOB1) tags, in a fixed order: by frequency, then name.</summary>
    public static NerLabels FromTags(IEnumerable<string> tags, bool bilou = false)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I')
            {
                var type = tag[2..];
                counts[type] = counts.GetValueOrDefault(type) + 1;
            }
        }

        return new NerLabels(counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray(), bilou);
    }
}
