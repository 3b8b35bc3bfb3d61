namespace FactExtract.Quotes;

/// <summary>
/// Turns a speaker mention into the name the article gives the speaker: a pronoun to the nearest
/// earlier compatible name, "the company" to the nearest organisation, a surname to the full name
/// used earlier, a title dropped ("Rep. Jim Clyburn" → "Jim Clyburn").
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly string _text;
    private readonly IReadOnlyList<EntityMention> _entities;
    private readonly IReadOnlyList<QuoteSpan> _quotes;
    private readonly QuoteScratch _scratch;
    private NameIndex? _index;

    public SpeakerResolver(string text, IReadOnlyList<EntityMention> entities, IReadOnlyList<QuoteSpan> quotes, QuoteScratch scratch)
    {
        _text = text;
        _entities = entities;
        _quotes = quotes;
        _scratch = scratch;
    }

    // Built on first need: many quotations name their speaker in full.
    private NameIndex Index => _index ??= new NameIndex(_text, _entities, _quotes, _scratch.ArticleWords, _scratch.Names);

    /// <summary>The whole article's words, lexed once for the name index; the attribution stage reads its sentences from them.</summary>
    public IReadOnlyList<Word> ArticleWords
    {
        get
        {
            _ = Index;
            return _scratch.ArticleWords;
        }
    }

    public string Resolve(MentionKind kind, int start, int end)
    {
        string mention = _text.Substring(start, end - start);
        switch (kind)
        {
            case MentionKind.Name:
                return NameOf(start, end);
            case MentionKind.Pronoun:
            {
                var lower = mention.ToLowerInvariant();
                var type = lower is "he" or "she" or "i" or "him" or "her" ? NameType.Person : NameType.Organization;
                var found = Index.NearestBefore(start, type);
                return found is { } n ? NameOf(n.Start, n.End) : mention;
            }

            case MentionKind.Description:
            {
                int lastSpace = mention.LastIndexOf(' ');
                var head = lastSpace < 0 ? mention : mention[(lastSpace + 1)..];
                bool definite = mention.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
                if (definite && CueLexicon.IsOrgNoun(head) && Index.NearestBefore(start, NameType.Organization) is { } org)
                    return NameOf(org.Start, org.End);
                return mention;
            }

            default:
                return mention;
        }
    }

    private string NameOf(int start, int end)
    {
        if (Index.At(start, end) is { } known && known.Type != NameType.Unknown && _entities.Count > 0 && known.Start <= start && known.End >= end)
            return known.Canonical;
        string name = _text.Substring(start, end - start);
        // Drop leading titles ("Rep.", "President") when a name follows.
        while (true)
        {
            int sp = name.IndexOf(' ');
            if (sp < 0 || !CueLexicon.IsPersonTitle(name.AsSpan(0, sp)) || name.IndexOf(' ', sp + 1) < 0 && !name.EndsWith('.')) break;
            name = name[(sp + 1)..];
        }

        return Index.FullName(name);
    }
}
