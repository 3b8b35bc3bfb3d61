namespace FactExtract.Quotes;

/// <summary>
/// Tells quotations from scare quotes and titles. Rules measured on PolNeAR train: a quoted span
/// with an attached attribution ("…,” X said / citing “…” / X said: “…”) is a quotation whatever its
/// length; without one, a short span (under four words) is a quotation only when it stands as a
/// sentence of its own, and a span whose words are all capitalised (“Fox News Sunday”) is a title.
/// </summary>
internal static class QuotationFilter
{
    public const int MaxAttachedGap = 3;
    public const int MinFreeWords = 4;
    private const int MaxTitleWords = 8;
    private const int MaxNamedObjectWords = 12;

    public static bool IsAttached(in Attribution a) => a.Route switch
    {
        AttributionRoute.After or AttributionRoute.Dash => !a.WeakCue || a.Kind is MentionKind.Name or MentionKind.Pronoun || a.PublicationSpeaker,
        // A naming verb right before the quote names a thing ("a band called “X”"); with an object
        // in between it reports words ("called it “absolute chaos”").
        AttributionRoute.Before or AttributionRoute.LineBefore => a.Gap <= MaxAttachedGap && (!a.WeakCue || a.Gap >= 1 || a.Kind is MentionKind.Name or MentionKind.Pronoun),
        _ => false,
    };

    public static bool IsQuotation(string text, QuoteSpan q, in Attribution a, bool sentenceInitial)
    {
        var inner = Inner(text, q);
        if (inner.IsEmpty) return false;
        int words = CountWords(inner, out bool titleCase);
        // "On ABC News’s “This Week,” Rubio said": a programme, whatever follows.
        if (titleCase && words <= MaxTitleWords && (AfterPossessive(text, q.Start) || AfterPreposition(text, q.Start))) return false;
        // "Iowa’s “silver standard,”", "The “wise Latina” phrase": a term, even when a cue follows.
        if (words < MinFreeWords && (AfterPossessive(text, q.Start) || AfterDeterminer(text, q.Start) && BeforeNoun(text, q.End))) return false;
        if (a.Route is AttributionRoute.After or AttributionRoute.Dash && IsAttached(a)) return true;
        // "the “Perception” syllabus", "on ABC’s “This Week”": a name or a term, not speech.
        if (titleCase && words is >= 2 and <= MaxTitleWords || words < MinFreeWords && (AfterDeterminer(text, q.Start) || BeforeNoun(text, q.End))) return false;
        if (IsAttached(a) || CallsSomethingSo(text, a)) return true;
        if (titleCase && words is >= 2 and <= MaxTitleWords) return false;
        if (words >= MinFreeWords) return true;
        // "Very good." after the speaker's previous sentence: a short quotation standing alone.
        char last = LastLetterOrPunct(inner);
        return sentenceInitial && last is '.' or '?' or '!' or ',' or '…';
    }

    /// <summary>
    /// A span the contract does not settle by itself: not a whole sentence of four words or more
    /// ("We will not back down." is someone's words whatever the annotation says; “sharing economy”
    /// or “Fox News Sunday” may be a term, a title or a short quotation). The learnt classifier
    /// decides these; whole sentences stay with the rules.
    /// </summary>
    public static bool IsFragment(string text, QuoteSpan q)
    {
        var inner = Inner(text, q);
        if (inner.IsEmpty) return true;
        int words = CountWords(inner, out _);
        // "… he delivered a mix": an elided opening still starts a sentence of someone's words.
        var opening = inner.TrimStart("…. ");
        char first = opening.IsEmpty ? ' ' : opening[0];
        char last = LastLetterOrPunct(inner);
        return words < MinFreeWords || !char.IsUpper(first) && inner[0] is not ('…' or '.') || last is not ('.' or '?' or '!' or ',' or '…');
    }

    // "called Ford’s plans to open a plant in Mexico “an absolute disgrace,”": a naming verb whose
    // object stands between it and the quotation attributes the quoted words, however long the object.
    private static bool CallsSomethingSo(string text, in Attribution a)
    {
        if (a.Route != AttributionRoute.Before || !a.WeakCue || a.Gap <= MaxAttachedGap || a.Gap > MaxNamedObjectWords || a.CueStart < 0) return false;
        var cue = text.AsSpan(a.CueStart, a.CueEnd - a.CueStart);
        return cue is "called" or "calls" or "call" or "dubbed" or "labeled" or "labelled" or "branded";
    }

    internal static bool FollowedByByline(string text, int end)
    {
        int k = end;
        while (k < text.Length && text[k] is ',' or ' ') k++;
        return k + 3 < text.Length && text[k] == 'b' && text[k + 1] == 'y' && text[k + 2] == ' ' && char.IsUpper(text[k + 3]);
    }

    internal static bool AfterPossessive(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 1 && text[k] is 's' && text[k - 1] is '\'' or '’' || k >= 1 && text[k] is '\'' or '’' && text[k - 1] == 's';
    }

    internal static bool AfterPreposition(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return e > s && text.AsSpan(s, e - s) is "on" or "in" or "of" or "from" or "at" or "to" or "about" or "like";
    }

    private static bool AfterWord(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 0 && char.IsLetter(text[k]);
    }

    internal static bool AfterDeterminer(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return e > s && text.AsSpan(s, e - s) is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "this" or "that" or "our" or "my" or "The" or "so-called" or "called";
    }

    internal static bool BeforeNoun(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ') return false;
        int s = end + 1, e = s;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        if (e == s || !char.IsLower(text[s])) return false;
        var w = text.AsSpan(s, e - s);
        return !CueLexicon.IsCue(w) && !CueLexicon.IsClauseWord(w) && !CueLexicon.IsAux(w) && !CueLexicon.IsPronoun(w)
            && w is not ("was" or "is" or "are" or "were" or "says" or "said");
    }

    internal static ReadOnlySpan<char> Inner(string text, QuoteSpan q)
    {
        int s = q.Start + 1, e = q.End;
        if (e > s && QuoteMarks.IsDouble(text[e - 1])) e--;
        return text.AsSpan(s, e - s).Trim();
    }

    internal static char LastLetterOrPunct(ReadOnlySpan<char> inner)
    {
        for (int k = inner.Length - 1; k >= 0; k--)
            if (inner[k] is not ('’' or '\'' or ')' or ' ')) return inner[k];
        return ' ';
    }

    internal static int CountWords(ReadOnlySpan<char> s, out bool titleCase)
    {
        int n = 0;
        titleCase = true;
        bool sawSentencePunct = false;
        for (int i = 0; i < s.Length;)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length) break;
            int st = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
            var w = s[st..i];
            n++;
            if (w.Length > 0 && char.IsLetter(w[0]) && !char.IsUpper(w[0]) && !IsSmallTitleWord(w.TrimEnd(",.:;!?"))) titleCase = false;
            // A colon may stand inside a title ("Sharknado 3: Oh Hell No!"); a full stop or comma may not.
            if (i < s.Length && w.Length > 0 && w[^1] is '.' or ',' or ';') sawSentencePunct = true;
        }

        if (sawSentencePunct) titleCase = false;
        return n;
    }

    private static bool IsSmallTitleWord(ReadOnlySpan<char> w) =>
        w is "of" or "the" or "and" or "a" or "an" or "in" or "on" or "for" or "to" or "with" or "at" or "by" or "or" or "from"
            or "is" or "are" or "as" or "into" or "vs" or "vs." or "be" or "who" or "it" or "up" or "out";
}
