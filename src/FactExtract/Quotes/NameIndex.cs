namespace FactExtract.Quotes;

/// <summary>What a name in the article probably refers to.</summary>
internal enum NameType : byte
{
    Unknown,
    Person,
    Organization,
    Place,
}

/// <summary>A name mention outside quotation marks that a pronoun or short name may refer back to.</summary>
internal readonly record struct NameMention(int Start, int End, NameType Type, string Canonical);

/// <summary>
/// The speaker candidates of one article: the NER stage's PERSON/ORG/GPE/NORP entities and, so
/// that attribution works with or without NER, this stage's own fallback — runs of capitalised
/// words typed by their titles and organisation words. Names inside quotations are left out:
/// people quoted about are rarely the ones speaking.
/// </summary>
internal sealed class NameIndex
{
    private static readonly WordSet OrgWords = WordSet.Of(
        "authority department inc inc. corp corp. corporation company co co. ltd ltd. llc party committee association " +
        "university college times post news network bank agency commission council ministry government institute " +
        "foundation campaign group office administration journal press service bureau center centre court congress " +
        "senate house club team union reuters cnn fbi cia nsa pac league federation alliance coalition board organization " +
        "organisation society trust fund partners holdings systems technologies airlines motors media magazine tribune " +
        "herald gazette telegraph guardian daily weekly review broadcasting channel radio tv television police army navy " +
        "force forces republicans democrats gop white state states");

    private readonly List<NameMention> _names;

    // The names' spans in text order; the rest is built on first need, so that each question below is a lookup
    // rather than a pass over every name (once per quotation: quadratic in a long article).
    private readonly IntervalLookup _spans;
    private readonly int[]?[] _latestOfType = new int[4][];
    private Dictionary<string, int>? _fullNames;

    /// <param name="text">The article.</param>
    /// <param name="entities">The NER stage's entities.</param>
    /// <param name="quotes">The quotations, in text order.</param>
    /// <param name="words">A list to lex the article into (cleared first).</param>
    /// <param name="names">The list the index keeps its names in (cleared first).</param>
    public NameIndex(string text, IReadOnlyList<EntityMention> entities, IReadOnlyList<QuoteSpan> quotes, List<Word> words, List<NameMention> names)
    {
        _names = names;
        _names.Clear();
        foreach (var e in entities)
        {
            var type = e.Label switch
            {
                "PERSON" => NameType.Person,
                "ORG" or "NORP" => NameType.Organization,
                "GPE" => NameType.Place,
                _ => NameType.Unknown,
            };
            if (type != NameType.Unknown && !Inside(quotes, e.Start)) _names.Add(new NameMention(e.Start, e.End, type, e.Canonical));
        }

        bool fromNer = _names.Count > 0;
        // The names found below never overlap one another (each starts after the last one's words), so only the NER's matter.
        var nerSpans = fromNer ? Lookup(_names.OrderBy(n => n.Start).ToList()) : default;
        words.Clear();
        WordLexer.Lex(text, 0, text.Length, words);
        for (int i = 0; i < words.Count; i++)
        {
            // Every name word and title is capitalised: the cheap test first, the word-list lookups after it.
            if (words[i].Kind != WordKind.Word || !char.IsUpper(text[words[i].Start])) continue;
            if (!NounPhrases.IsNameWord(text, words[i]) && !CueLexicon.IsTitle(words[i].Span(text))) continue;
            int j = NounPhrases.NameRunEnd(text, words, i, words.Count);
            int first = i;
            bool titled = false;
            while (first < j - 1 && CueLexicon.IsPersonTitle(words[first].Span(text))) { first++; titled = true; }
            bool atSentenceStart = i == 0 || words[i - 1].Kind is WordKind.Punct or WordKind.QuoteMark || IsLineStart(text, words[i].Start);
            // "Shares of Globex Corporation" opening a sentence: the first word is no part of the name.
            if (atSentenceStart && first + 2 < j && words[first + 1].Kind == WordKind.Word && CueLexicon.IsNameJoiner(words[first + 1].Span(text))) first += 2;
            int start = words[first].Start, end = words[j - 1].End;
            bool sentenceStart = i == 0 || words[i - 1].Kind is WordKind.Punct or WordKind.QuoteMark && text[words[i - 1].Start] is '.' or '!' or '?' or '"' or '“' || IsLineStart(text, words[i].Start);
            i = j - 1;
            if (Inside(quotes, start) || sentenceStart && j - first == 1) continue;
            if (!NounPhrases.IsNameWord(text, words[first])) continue;
            if (fromNer && nerSpans.FirstOverlapping(start, end) >= 0) continue;
            var type = Classify(text, words, first, j, titled);
            _names.Add(new NameMention(start, end, type, text.Substring(start, end - start)));
        }

        _names.Sort((a, b) => a.Start.CompareTo(b.Start));
        _spans = Lookup(_names);
    }

    public IReadOnlyList<NameMention> Names => _names;

    /// <summary>The nearest name before <paramref name="offset"/> of the wanted type.</summary>
    public NameMention? NearestBefore(int offset, NameType type)
    {
        // The names before the offset come first; the latest of them that fits the type is looked up, not searched.
        int before = _spans.CountStartingBefore(offset);
        if (before == 0) return null;
        int k = LatestOfType(type)[before - 1];
        return k < 0 ? null : _names[k];
    }

    /// <summary>The full form of a short name: "Caddell" → "Pat Caddell" from earlier in the article.</summary>
    public string FullName(string name)
    {
        if (name.Contains(' ')) return name;
        // The first name (in text order) whose last word is this one (a person's) or whose first word is (an organisation's).
        return FullNames().TryGetValue(name, out int k) ? _names[k].Canonical : name;
    }

    /// <summary>The entity the NER stage found at this mention, if any.</summary>
    public NameMention? At(int start, int end) => _spans.FirstOverlapping(start, end) is >= 0 and var k ? _names[k] : null;

    // For each name index k, the last index at or before k that NearestBefore accepts for the type (−1 when none).
    private int[] LatestOfType(NameType type)
    {
        if (_latestOfType[(int)type] is { } known) return known;
        var knownSurname = type == NameType.Person ? KnownSurnames() : null;
        var latest = new int[_names.Count];
        int last = -1;
        for (int k = 0; k < latest.Length; k++)
        {
            var n = _names[k];
            if (n.Type == type || knownSurname is not null && n.Type == NameType.Unknown && knownSurname[k]) last = k;
            latest[k] = last;
        }

        return _latestOfType[(int)type] = latest;
    }

    // Whether each name is one word that ends a person's name given earlier in the text ("Caddell" after "Pat Caddell").
    private bool[] KnownSurnames()
    {
        var known = new bool[_names.Count];
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < _names.Count;)
        {
            // Names starting at one offset are not earlier than one another: test them all, then add theirs.
            int group = k;
            while (k < _names.Count && _names[k].Start == _names[group].Start)
            {
                var s = _names[k].Canonical;
                known[k] = !s.Contains(' ') && surnames.Contains(s);
                k++;
            }

            for (int g = group; g < k; g++)
            {
                var c = _names[g].Canonical;
                int space = c.LastIndexOf(' ');
                if (_names[g].Type == NameType.Person && space >= 0) surnames.Add(c[(space + 1)..]);
            }
        }

        return known;
    }

    private Dictionary<string, int> FullNames()
    {
        if (_fullNames is not null) return _fullNames;
        var full = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < _names.Count; k++)
        {
            var n = _names[k];
            if (n.Type == NameType.Place) continue;
            var c = n.Canonical;
            if (n.Type == NameType.Organization)
            {
                int space = c.IndexOf(' ');
                if (space >= 0) full.TryAdd(c[..space], k);
            }
            else
            {
                int space = c.LastIndexOf(' ');
                if (space >= 0) full.TryAdd(c[(space + 1)..], k);
            }
        }

        return _fullNames = full;
    }

    private static IntervalLookup Lookup(List<NameMention> sorted) =>
        new(sorted.Select(n => n.Start).ToArray(), sorted.Select(n => n.End).ToArray());

    private static NameType Classify(string text, List<Word> words, int first, int end, bool titled)
    {
        if (titled) return NameType.Person;
        bool allCaps = true;
        for (int k = first; k < end; k++)
        {
            var s = words[k].Span(text);
            if (OrgWords.Contains(s)) return NameType.Organization;
            foreach (char c in s) if (char.IsLower(c)) { allCaps = false; break; }
        }

        if (allCaps) return NameType.Organization;
        int n = end - first;
        if (n is 2 or 3)
        {
            for (int k = first; k < end; k++)
                if (!char.IsUpper(text[words[k].Start]) || CueLexicon.IsNameJoiner(words[k].Span(text))) return NameType.Unknown;
            return NameType.Person;
        }

        if (n == 1)
        {
            var s = words[first].Span(text);
            for (int k = 1; k < s.Length; k++) if (char.IsUpper(s[k])) return NameType.Organization; // BlackBerry, eBay
        }

        return NameType.Unknown;
    }

    private static bool IsLineStart(string text, int offset)
    {
        int k = offset - 1;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        return k < 0 || text[k] == '\n';
    }

    private static bool Inside(IReadOnlyList<QuoteSpan> quotes, int offset)
    {
        int lo = 0, hi = quotes.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var q = quotes[mid];
            if (offset < q.Start) hi = mid - 1;
            else if (offset >= q.End) lo = mid + 1;
            else return true;
        }

        return false;
    }
}
