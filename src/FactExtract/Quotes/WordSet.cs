namespace FactExtract.Quotes;

/// <summary>A case-insensitive word list looked up by span, so the hot path allocates no strings.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        var set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words, as given.</summary>
    public IEnumerable<string> Items => _lookup.Set;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public static WordSet Of(string spaceSeparated) => new(spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
