namespace FactExtract.Entities;

/// <summary>
/// What the tagger decided for each capitalised word so far in the current document, so a later
/// mention ("Apple" at a sentence start) can lean on an earlier one. Clear it between documents.
/// </summary>
internal sealed class DocumentMemory
{
    private readonly Dictionary<uint, int> _lastTag = new();

    public void Clear() => _lastTag.Clear();

    public int TagOf(in TokenHashes token) => token.HasUpper && _lastTag.TryGetValue(token.Lower, out var tag) ? tag : -1;

    public void Remember(in TokenHashes token, int tag)
    {
        if (token.HasUpper) _lastTag[token.Lower] = tag;
    }
}
