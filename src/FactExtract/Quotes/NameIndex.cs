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
    // Lexed at a time when a question needs more of the article (characters; the stretch then runs to white space).
    private const int MinimumStretch = 512;

    private static readonly WordSet OrgWords = WordSet.Of(
        "authority department inc inc. corp corp. corporation company co co. ltd ltd. llc party committee association " +
        "university college times post news network bank agency commission council ministry government institute " +
        "foundation campaign group office administration journal press service bureau center centre court congress " +
        "senate house club team union reuters cnn fbi cia nsa pac league federation alliance coalition board organization " +
        "organisation society trust fund partners holdings systems technologies airlines motors media magazine tribune " +
        "herald gazette telegraph guardian daily weekly review broadcasting channel radio tv television police army navy " +
        "force forces republicans democrats gop white state states");

    private readonly string _text;
    private readonly IReadOnlyList<QuoteSpan> _quotes;
    private readonly List<Word> _words;
    private readonly List<NameMention> _names;

    // Whether the NER names are in text order and do not overlap. Then every name is disjoint from the others (a
    // fallback name never overlaps a NER name), so the names in text order are one order, whatever order they are
    // found in, and the fallback names can be found one stretch of the article at a time, only as far as asked.
    private readonly bool _nerNamesDisjoint;

    // How far the article is lexed (characters), the next word to look for a name at, and the words a name can be
    // looked for at: those before the last punctuation mark lexed, which ends any run of name words before it.
    private readonly bool _fromNer;
    private readonly List<Word> _nearby;

    // Every name starting before this offset is listed.
    private int _knownBefore;
    private int _lexedTo;
    private int _scanFrom;
    private int _scannable;
    private bool _complete;

    /// <param name="text">The article.</param>
    /// <param name="entities">The NER stage's entities.</param>
    /// <param name="quotes">The quotations, in text order.</param>
    /// <param name="words">A list to lex the article into (cleared first).</param>
    /// <param name="names">The list the index keeps its names in (cleared first).</param>
    /// <param name="nearby">A list to lex the stretch around one mention into.</param>
    public NameIndex(string text, IReadOnlyList<EntityMention> entities, IReadOnlyList<QuoteSpan> quotes, List<Word> words, List<NameMention> names, List<Word> nearby)
    {
        _text = text;
        _nearby = nearby;
        _quotes = quotes;
        _words = words;
        _names = names;
        _names.Clear();
        _words.Clear();
        _nerNamesDisjoint = true;
        foreach (var e in entities)
        {
            var type = e.Label switch
            {
                "PERSON" => NameType.Person,
                "ORG" or "NORP" => NameType.Organization,
                "GPE" => NameType.Place,
                _ => NameType.Unknown,
            };
            if (type == NameType.Unknown || Inside(quotes, e.Start)) continue;
            if (e.End <= e.Start || _names.Count > 0 && e.Start < _names[^1].End) _nerNamesDisjoint = false;
            _names.Add(new NameMention(e.Start, e.End, type, e.Canonical));
        }

        _fromNer = _names.Count > 0;
    }

    /// <summary>
    /// Whether the index can tell, without reading the article up to the mention, which name holds the whole
    /// mention; <paramref name="holding"/> is then that name (of any type), or null when no name does. With names
    /// that do not overlap, a name holding the mention is the one name overlapping it, so it is what <see cref="At"/>
    /// would give. False when the NER names overlap: then only <see cref="At"/> can tell.
    /// </summary>
    public bool TryFindHolding(int start, int end, out NameMention? holding)
    {
        holding = null;
        if (!_nerNamesDisjoint || start >= end) return false;
        foreach (var n in _names)
        {
            if (n.Start > start) break;
            if (n.End >= end) { holding = n; return true; }
        }

        if (_knownBefore <= start) holding = HoldingNearby(start, end);
        return true;
    }

    // A fallback name holding the mention comes from a run of name words around it, and runs never cross the
    // punctuation marks that are always words of their own (a comma, a colon, a bracket, a double quote): lexing and
    // looking for names from the last such mark followed by white space before the mention to the first one after
    // it finds that run as reading the whole article would.
    private NameMention? HoldingNearby(int start, int end)
    {
        string text = _text;
        int from = start;
        while (from > 0 && !(char.IsWhiteSpace(text[from]) && EndsEveryRun(text[from - 1]))) from--;
        if (from > 0) from--;
        int to = end;
        while (to < text.Length && !(char.IsWhiteSpace(text[to]) && EndsEveryRun(text[to - 1]))) to++;
        var words = _nearby;
        words.Clear();
        WordLexer.Lex(text, from, to, words);
        for (int i = 0; i < words.Count;)
        {
            i = FindNameAt(words, i, out var name, out bool found);
            if (!found) continue;
            if (name.Start > start) break;
            if (name.End >= end) return name;
        }

        return null;
    }

    private static bool EndsEveryRun(char c) => c is ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '“' or '”';

    // The fallback names starting before the offset, found only when a question needs them: lexing the article is
    // most of the index's cost. Lexing stops at white space, where a word never continues, so the words are those
    // of lexing the whole article at once; a run of name words is looked at only once the punctuation ending it
    // has been lexed. With overlapping NER names the whole article is done at once and sorted, as it always was.
    private void FindNamesBefore(int offset)
    {
        if (_complete) return;
        if (!_nerNamesDisjoint) offset = int.MaxValue;
        var words = _words;
        while (true)
        {
            int i = _scanFrom;
            while (i < _scannable && words[i].Start < offset)
            {
                i = FindNameAt(words, i, out var name, out bool found);
                if (found) Add(name);
            }

            _scanFrom = i;
            if (i < _scannable)
            {
                _knownBefore = Math.Max(_knownBefore, offset);
                return;
            }

            if (_lexedTo >= _text.Length)
            {
                _complete = true;
                _knownBefore = int.MaxValue;
                if (!_nerNamesDisjoint) _names.Sort((a, b) => a.Start.CompareTo(b.Start));
                return;
            }

            LexMore(offset);
        }
    }

    private void LexMore(int offset)
    {
        string text = _text;
        int end = offset == int.MaxValue ? text.Length : Math.Min(text.Length, Math.Max(offset, _lexedTo + MinimumStretch));
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        int before = _words.Count;
        WordLexer.Lex(text, _lexedTo, end, _words);
        _lexedTo = end;
        if (end >= text.Length)
        {
            _scannable = _words.Count;
            return;
        }

        for (int k = _words.Count - 1; k >= before && k >= _scannable; k--)
        {
            if (_words[k].Kind == WordKind.Word) continue;
            _scannable = k;
            break;
        }
    }

    // Looks for a fallback name whose run of name words starts at word i; returns the next word to look at.
    private int FindNameAt(List<Word> words, int i, out NameMention name, out bool found)
    {
        string text = _text;
        name = default;
        found = false;
        // Every name word and title is capitalised: the cheap test first, the word-list lookups after it.
        if (words[i].Kind != WordKind.Word || !char.IsUpper(text[words[i].Start])) return i + 1;
        if (!NounPhrases.IsNameWord(text, words[i]) && !CueLexicon.IsTitle(words[i].Span(text))) return i + 1;
        int j = NounPhrases.NameRunEnd(text, words, i, words.Count);
        int first = i;
        bool titled = false;
        while (first < j - 1 && CueLexicon.IsPersonTitle(words[first].Span(text))) { first++; titled = true; }
        bool atSentenceStart = i == 0 || words[i - 1].Kind is WordKind.Punct or WordKind.QuoteMark || IsLineStart(text, words[i].Start);
        // "Shares of Globex Corporation" opening a sentence: the first word is no part of the name.
        if (atSentenceStart && first + 2 < j && words[first + 1].Kind == WordKind.Word && CueLexicon.IsNameJoiner(words[first + 1].Span(text))) first += 2;
        int start = words[first].Start, end = words[j - 1].End;
        bool sentenceStart = i == 0 || words[i - 1].Kind is WordKind.Punct or WordKind.QuoteMark && text[words[i - 1].Start] is '.' or '!' or '?' or '"' or '“' || IsLineStart(text, words[i].Start);
        if (Inside(_quotes, start) || sentenceStart && j - first == 1) return j;
        if (!NounPhrases.IsNameWord(text, words[first])) return j;
        if (_fromNer && Overlaps(start, end)) return j;
        var type = Classify(text, words, first, j, titled);
        name = new NameMention(start, end, type, text.Substring(start, end - start));
        found = true;
        return j;
    }

    private void Add(NameMention name)
    {
        if (!_nerNamesDisjoint)
        {
            _names.Add(name);
            return;
        }

        // In text order among the NER names (the fallback names come in text order).
        int at = _names.Count;
        while (at > 0 && _names[at - 1].Start > name.Start) at--;
        _names.Insert(at, name);
    }

    public IReadOnlyList<NameMention> Names
    {
        get
        {
            FindNamesBefore(int.MaxValue);
            return _names;
        }
    }

    /// <summary>The nearest name before <paramref name="offset"/> of the wanted type.</summary>
    public NameMention? NearestBefore(int offset, NameType type)
    {
        FindNamesBefore(offset);
        for (int k = _names.Count - 1; k >= 0; k--)
        {
            var n = _names[k];
            if (n.Start >= offset) continue;
            if (n.Type == type || type == NameType.Person && n.Type == NameType.Unknown && IsKnownSurname(n)) return n;
        }

        return null;
    }

    /// <summary>The full form of a short name: "Caddell" → "Pat Caddell" from earlier in the article.</summary>
    /// <param name="name">The short name.</param>
    /// <param name="mention">Where the short name is: the full name usually comes before it, so the names before it
    /// are searched first (the first full name in text order is the answer either way).</param>
    public string FullName(string name, int mention)
    {
        if (name.Contains(' ')) return name;
        FindNamesBefore(mention);
        // The names starting before _knownBefore are the first ones in text order (later ones all start after it).
        int k = 0;
        for (; k < _names.Count && _names[k].Start < _knownBefore; k++)
            if (IsFullName(_names[k], name)) return _names[k].Canonical;
        FindNamesBefore(int.MaxValue);
        for (; k < _names.Count; k++)
            if (IsFullName(_names[k], name)) return _names[k].Canonical;
        return name;
    }

    private static bool IsFullName(NameMention n, string name)
    {
        var c = n.Canonical;
        if (c.Length <= name.Length || n.Type == NameType.Place) return false;
        bool endsWith = c.EndsWith(name, StringComparison.Ordinal) && c[c.Length - name.Length - 1] == ' ';
        bool startsWith = n.Type == NameType.Organization && c.StartsWith(name, StringComparison.Ordinal) && c[name.Length] == ' ';
        return endsWith && n.Type != NameType.Organization || startsWith;
    }

    /// <summary>The entity the NER stage found at this mention, if any.</summary>
    public NameMention? At(int start, int end)
    {
        FindNamesBefore(end);
        foreach (var n in _names)
            if (n.Start < end && start < n.End) return n;
        return null;
    }

    private bool IsKnownSurname(NameMention n)
    {
        string s = n.Canonical;
        if (s.Contains(' ')) return false;
        foreach (var m in _names)
            if (m.Type == NameType.Person && m.Start < n.Start && m.Canonical.EndsWith(" " + s, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool Overlaps(int start, int end)
    {
        foreach (var n in _names) if (n.Start < end && start < n.End) return true;
        return false;
    }

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
