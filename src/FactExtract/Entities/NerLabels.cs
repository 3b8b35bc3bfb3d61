namespace FactExtract.Entities;

/// <summary>
/// The tag set of a model: index 0 is <c>O</c>, then <c>B-T</c>, <c>I-T</c> for each entity type T. Knows which tag
/// may follow which, so decoding never continues a name that was not started.
/// </summary>
internal sealed class NerLabels
{
    private readonly Dictionary<string, int> _index;
    private readonly bool[] _allowed;

    public NerLabels(IReadOnlyList<string> types)
    {
        Types = types.ToArray();
        var tags = new List<string> { "O" };
        foreach (var t in Types)
        {
            tags.Add("B-" + t);
            tags.Add("I-" + t);
        }

        Tags = tags.ToArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Tags.Length; i++) _index[Tags[i]] = i;
        // Row prev+1 (prev = -1 is the sentence start), column cur: I only after B or I of the same type.
        _allowed = new bool[(Count + 1) * Count];
        for (int prev = -1; prev < Count; prev++)
            for (int cur = 0; cur < Count; cur++)
                _allowed[(prev + 1) * Count + cur] = !Continues(cur) || (prev > 0 && TypeOf(prev) == TypeOf(cur));
    }

    public string[] Types { get; }

    public string[] Tags { get; }

    public int Count => Tags.Length;

    /// <summary>A tag that starts a name (B).</summary>
    public bool Starts(int tag) => tag > 0 && (tag - 1) % 2 == 0;

    /// <summary>A tag that continues the name before it (I).</summary>
    public bool Continues(int tag) => tag > 0 && (tag - 1) % 2 == 1;

    /// <summary>The type index of a name tag.</summary>
    public int TypeOf(int tag) => (tag - 1) / 2;

    public string TypeName(int tag) => Types[TypeOf(tag)];

    public bool Allowed(int prev, int cur) => _allowed[(prev + 1) * Count + cur];

    /// <summary>The tag as a string (<c>O</c>, <c>B-T</c> or <c>I-T</c>).</summary>
    public string BioTag(int tag) => tag == 0 ? "O" : (Starts(tag) ? "B-" : "I-") + TypeName(tag);

    /// <summary>The tag that starts a name of the type of <paramref name="tag"/> (I → B).</summary>
    public int Restart(int tag) => Continues(tag) ? tag - 1 : tag;

    /// <summary>A sentence's BIO (or IOB1) tags as indices (<see cref="IndexOf"/>); an unknown type or a malformed tag reads as O.</summary>
    public int[] Encode(IReadOnlyList<string> bio)
    {
        var result = new int[bio.Count];
        for (int i = 0; i < bio.Count; i++) result[i] = IndexOf(bio[i]);
        return result;
    }

    /// <summary>The tag's index; an unknown type or a malformed tag reads as O.</summary>
    public int IndexOf(string tag) => _index.TryGetValue(tag, out var i) ? i : 0;

    /// <summary>Collects the entity types of BIO (or IOB1) tags, in a fixed order: by frequency, then name.</summary>
    public static NerLabels FromTags(IEnumerable<string> tags)
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

        return new NerLabels(counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray());
    }
}
