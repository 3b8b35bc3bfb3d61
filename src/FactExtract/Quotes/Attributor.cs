using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Quotes;

/// <summary>
/// Finds the cue and the speaker mention of one quotation in the words around it: after it
/// ("…,” X said / said X / X, a doctor, said / — X), before it in the same sentence (X said: “…” /
/// according to X, “…” / citing “…” → the subject of the governing cue), or on the line before
/// ("X said:" ending the previous paragraph).
/// </summary>
internal sealed class Attributor
{
    private const int MaxAppositiveWords = 25;

    /// <summary>
    /// How far from a quotation its attribution is looked for, in characters. A sentence is far shorter, so this
    /// changes nothing in real text; it keeps a quotation in a paragraph of megabytes, or one of thousands of marks
    /// in a row, from lexing the whole paragraph again (quadratic time in the paragraph's length).
    /// </summary>
    internal const int MaxReach = 4096;

    private readonly string _text;
    private readonly List<Paragraph> _lines;
    private readonly List<Word> _words;

    // The finder asks for the same attributions more than once (the rules' choice, then every candidate for the
    // ranker); each is a pure function of its range, so the last few are kept.
    private readonly RecentCalls _recent = new();

    /// <param name="text">The article.</param>
    /// <param name="lines">Its lines (<see cref="TextLines"/>).</param>
    /// <param name="words">A list to lex into, reused by every call.</param>
    public Attributor(string text, List<Paragraph> lines, List<Word> words)
    {
        _text = text;
        _lines = lines;
        _words = words;
    }

    /// <summary>The attribution following the closing mark.</summary>
    /// <param name="q">The quotation.</param>
    /// <param name="limit">Where to stop looking: the next quotation or the paragraph end.</param>
    /// <param name="tight">The quotation ended its own sentence: accept only an attribution that ends right
    /// after the cue and speaker ("“…” Reid said."), not a new sentence ("Reid said both …").</param>
    public Attribution After(QuoteSpan q, int limit, bool tight = false)
    {
        var key = new Call(tight ? CallKind.AfterTight : CallKind.After, q.End, limit);
        if (_recent.TryGet(key, out var known, out _)) return known;
        var found = AfterUncached(q, limit, tight);
        _recent.Add(key, found, false);
        return found;
    }

    private Attribution AfterUncached(QuoteSpan q, int limit, bool tight)
    {
        var w = _words;
        w.Clear();
        WordLexer.Lex(_text, q.End, ReachForward(q.End, limit), w);
        int end = w.Count;
        for (int k = 0; k < w.Count; k++)
            if (IsTerminator(w, k, true)) { end = k; break; }
        var found = AfterIn(w, end, out int rest);
        if (tight && found.Found && rest < end && !EndsAttribution(w[rest]) && !(found.CueStart >= 0 && CueLexicon.TakesListener(_text.AsSpan(found.CueStart, found.CueEnd - found.CueStart))))
            return Attribution.Nothing;
        return found;
    }

    // What may follow "X said" when the quotation before it was a whole sentence: a comma, a
    // preposition or a time ("Reid said about …", "he said Tuesday") — not a new clause ("Reid said both …").
    private bool EndsAttribution(Word next)
    {
        if (next.Kind == WordKind.Punct) return _text[next.Start] is ',' or '(' or '—' or '–' or '-';
        if (next.Kind != WordKind.Word) return false;
        var s = next.Span(_text);
        if (s is "that" or "and" or "but" or "so" or "because" or "if" or "whether" or "than") return false;
        return CueLexicon.IsClauseWord(s) || CueLexicon.IsAux(s) || s is "in" or "with" or "during" or "after" or "before" or "as" or "while" or "when" or "of"
            or "back" or "out" or "up" or "down" or "off" or "over" or "again" or "later";
    }

    private bool IsTerminator(List<Word> w, int k, bool colon)
    {
        if (w[k].Kind != WordKind.Punct) return false;
        char c = _text[w[k].Start];
        if (c is '!' or '?' or ';' || colon && c == ':') return true;
        if (c != '.') return false;
        // "R-Ky., said" and "… Jr. said" are not sentence ends.
        if (k + 1 < w.Count && (w[k + 1].IsPunct(_text, ',') || w[k + 1].IsPunct(_text, ')') || w[k + 1].Kind == WordKind.Word && char.IsLower(_text[w[k + 1].Start]))) return false;
        return true;
    }

    private Attribution AfterIn(List<Word> w, int end, out int rest)
    {
        rest = end;
        int i = 0;
        if (i < end && w[i].Kind == WordKind.Punct && _text[w[i].Start] == ',') i++;
        if (i >= end) return Attribution.Nothing;
        var first = w[i];
        if (first.Kind == WordKind.Punct && _text[first.Start] is '—' or '―' or '–' or '-')
        {
            var p = NounPhrases.Forward(_text, w, i + 1, end, out _);
            return p.Kind == MentionKind.Name ? Make(AttributionRoute.Dash, p, -1, -1, 0, false) : Attribution.Nothing;
        }

        if (first.Kind != WordKind.Word) return Attribution.Nothing;
        var fs = first.Span(_text);
        if (IsAccordingTo(w, i, end))
        {
            var p = NounPhrases.Forward(_text, w, i + 2, end, out int after);
            rest = after;
            return p.Found ? Make(AttributionRoute.After, p, first.Start, w[i + 1].End, 0, false) : Attribution.Nothing;
        }

        if (CueLexicon.IsFiniteCue(fs))
        {
            // "…,” said Rep. Jim Clyburn" — the speaker follows the cue.
            int j = i + 1;
            while (j < end && w[j].Kind == WordKind.Word && CueLexicon.IsAux(w[j].Span(_text)) && !CueLexicon.IsPronoun(w[j].Span(_text))) j++;
            var p = NounPhrases.Forward(_text, w, j, end, out int after);
            rest = after;
            return p.Found ? Make(AttributionRoute.After, p, first.Start, first.End, 0, CueLexicon.IsWeakCue(fs)) : Attribution.Nothing;
        }

        var subject = NounPhrases.Forward(_text, w, i, end, out int next);
        if (!subject.Found) return Attribution.Nothing;
        // "“…,” stars an actor who promises": a verb phrase, not a speaker.
        if (subject.Kind == MentionKind.Description && char.IsLower(_text[w[subject.First].Start])
            && !CueLexicon.IsDeterminer(w[subject.First].Span(_text)) && subject.Last - subject.First >= 2) return Attribution.Nothing;
        next = SkipInsertions(w, next, end);
        while (next < end && w[next].Kind == WordKind.Word && CueLexicon.IsAux(w[next].Span(_text)) && !CueLexicon.IsFiniteCue(w[next].Span(_text))) next++;
        if (next >= end || w[next].Kind != WordKind.Word) return Attribution.Nothing;
        var cue = w[next].Span(_text);
        if (!CueLexicon.IsFiniteCue(cue)) return Attribution.Nothing;
        rest = next + 1;
        return Make(AttributionRoute.After, subject, w[next].Start, w[next].End, 0, CueLexicon.IsWeakCue(cue));
    }

    /// <summary>The attribution before the opening mark, in the same sentence, from <paramref name="limit"/> (the previous quotation or the paragraph start).</summary>
    public Attribution Before(QuoteSpan q, int limit, out bool sentenceInitial) => Before(limit, q.Start, AttributionRoute.Before, out sentenceInitial);

    /// <summary>"Hugh Hill, a doctor, said:" closing the paragraph before a quotation that opens its own.</summary>
    public Attribution LineBefore(int lineIndex)
    {
        if (lineIndex <= 0) return Attribution.Nothing;
        var prev = _lines[lineIndex - 1];
        char last = _text[prev.End - 1];
        if (last is not (':' or ',' or '—')) return Attribution.Nothing;
        // The colon stays in: "Sanders made the following comment:" introduces the quotation by itself.
        return Before(prev.Start, last == ':' ? prev.End : prev.End - 1, AttributionRoute.LineBefore, out _);
    }

    private Attribution Before(int from, int to, AttributionRoute route, out bool sentenceInitial)
    {
        var key = new Call(route == AttributionRoute.LineBefore ? CallKind.LineBefore : CallKind.Before, from, to);
        if (_recent.TryGet(key, out var known, out sentenceInitial)) return known;
        var found = BeforeUncached(from, to, route, out sentenceInitial);
        _recent.Add(key, found, sentenceInitial);
        return found;
    }

    private Attribution BeforeUncached(int from, int to, AttributionRoute route, out bool sentenceInitial)
    {
        var w = _words;
        w.Clear();
        WordLexer.Lex(_text, ReachBack(from, to), to, w);
        int start = 0;
        for (int k = w.Count - 1; k >= 0; k--)
            if (k < w.Count - 1 && IsTerminator(w, k, false) || k == w.Count - 1 && w[k].Kind == WordKind.Punct && _text[w[k].Start] is '.' or '!' or '?' or ';') { start = k + 1; break; }
        int end = w.Count;
        sentenceInitial = start >= end;
        if (sentenceInitial) return Attribution.Nothing;
        // The cue nearest the quotation.
        for (int c = end - 1; c >= start; c--)
        {
            if (w[c].Kind != WordKind.Word) continue;
            var s = w[c].Span(_text);
            if (s.Equals("according", StringComparison.OrdinalIgnoreCase) && IsAccordingTo(w, c, end))
            {
                var p = NounPhrases.Forward(_text, w, c + 2, end, out int after);
                if (!p.Found) return Attribution.Nothing;
                return Make(route, p, w[c].Start, w[c + 1].End, CountWords(w, after, end), false);
            }

            if (!CueLexicon.IsCue(s)) continue;
            // "in a tweet", "his post": a noun, not a cue.
            if (c > start && w[c - 1].Kind is WordKind.Word or WordKind.Possessive && (w[c - 1].Kind == WordKind.Possessive || CueLexicon.IsDeterminer(w[c - 1].Span(_text)))) continue;
            // "when asked …": a passive cue whose speaker is elsewhere.
            if (c > start && w[c - 1].Kind == WordKind.Word && w[c - 1].Span(_text) is "when" or "When" or "if" or "as" or "after" or "before" or "being" or "was" or "were" or "been") continue;
            int gap = CountWords(w, c + 1, end);
            // "X told the Reuters news agency simply, “…”": the quotation is the cue's complement.
            if (w[end - 1].IsPunct(_text, ',') || w[end - 1].IsPunct(_text, ':')) gap = Math.Min(gap, QuotationFilter.MaxAttachedGap);
            bool weak = CueLexicon.IsWeakCue(s);
            if (CueLexicon.IsParticiple(s))
            {
                // "…, citing only “serious concerns.”": the speaker is the subject of the governing verb.
                for (int g = c - 1; g >= start; g--)
                {
                    if (w[g].Kind != WordKind.Word) continue;
                    var gs = w[g].Span(_text);
                    if (!CueLexicon.IsFiniteCue(gs) || CueLexicon.IsWeakCue(gs)) continue;
                    var gp = NounPhrases.Backward(_text, w, g, start);
                    if (gp.Found) return Make(route, gp, w[c].Start, w[c].End, gap, weak);
                }

                var sp = NounPhrases.ClauseSubject(_text, w, c, start);
                if (!sp.Found) sp = NounPhrases.SentenceSubject(_text, w, start, c);
                return sp.Found ? Make(route, sp, w[c].Start, w[c].End, gap, weak) : Attribution.Nothing;
            }

            var b = NounPhrases.Backward(_text, w, c, start);
            if (b.Found) return Make(route, b, w[c].Start, w[c].End, gap, weak);
            // "Said Trump: “…”" / "…, said the spokesman, “…”".
            var f = NounPhrases.Forward(_text, w, c + 1, end, out int next);
            if (f.Found) return Make(route, f, w[c].Start, w[c].End, CountWords(w, next, end), weak);
            return new Attribution(route, MentionKind.None, -1, -1, w[c].Start, w[c].End, gap, weak);
        }

        // "The Illinois Board of Elections was conclusive in its findings: “…”".
        if (w[end - 1].IsPunct(_text, ':'))
        {
            // "… doesn’t surprise Republican pollster Daron Shaw:": the name introducing the quotation.
            if (end - 2 >= start && NounPhrases.IsNameWord(_text, w[end - 2]))
            {
                var named = NounPhrases.EndingAt(_text, w, end - 2, start);
                if (named.Kind == MentionKind.Name) return Make(route, named, -1, -1, 0, false);
            }

            var subject = NounPhrases.ClauseSubject(_text, w, end - 1, start);
            if (!subject.Found) subject = NounPhrases.SentenceSubject(_text, w, start, end - 1);
            if (subject.Found) return Make(route, subject, -1, -1, 0, false);
        }

        return Attribution.Nothing;
    }

    /// <summary>"-Michelle Marks, Philadelphia." on the line after a quotation that ends its paragraph.</summary>
    public Attribution LineAfter(int lineIndex)
    {
        if (lineIndex + 1 >= _lines.Count) return Attribution.Nothing;
        var next = _lines[lineIndex + 1];
        if (_text[next.Start] is not ('-' or '—' or '―' or '–')) return Attribution.Nothing;
        var w = _words;
        w.Clear();
        WordLexer.Lex(_text, next.Start + 1, Math.Min(next.End, next.Start + 200), w);
        var p = NounPhrases.Forward(_text, w, 0, w.Count, out _);
        return p.Found && p.Kind == MentionKind.Name ? Make(AttributionRoute.Dash, p, -1, -1, 0, false) : Attribution.Nothing;
    }

    // Where lexing from `from` back to `to` starts: `from`, or within MaxReach of `to`, on a space so that no word is cut.
    private int ReachBack(int from, int to)
    {
        if (to - from <= MaxReach) return from;
        int space = _text.AsSpan(to - MaxReach, MaxReach).IndexOfAny(' ', '\t', '\n');
        return space < 0 ? to : to - MaxReach + space;
    }

    // Where lexing forward from `from` stops: `limit`, or within MaxReach of `from`, on a space so that no word is cut.
    private int ReachForward(int from, int limit)
    {
        if (limit - from <= MaxReach) return limit;
        int space = _text.AsSpan(from, MaxReach).LastIndexOfAny(' ', '\t', '\n');
        return space < 0 ? from : from + space;
    }

    private bool IsAccordingTo(List<Word> w, int i, int end) =>
        i + 1 < end && w[i].Span(_text).Equals("according", StringComparison.OrdinalIgnoreCase)
        && w[i + 1].Span(_text).Equals("to", StringComparison.OrdinalIgnoreCase);

    // Skips an appositive or relative clause between commas and a parenthesised tag after a subject.
    private int SkipInsertions(List<Word> w, int next, int end)
    {
        if (next < end && w[next].IsPunct(_text, '('))
        {
            int p = next + 1;
            while (p < end && !w[p].IsPunct(_text, ')')) p++;
            if (p < end) next = p + 1;
        }

        if (next < end && w[next].IsPunct(_text, ','))
        {
            int p = next + 1, limit = Math.Min(end, next + MaxAppositiveWords);
            while (p < limit && !w[p].IsPunct(_text, ',')) p++;
            if (p < limit) next = p + 1;
        }

        return next;
    }

    private static int CountWords(List<Word> w, int from, int end)
    {
        int n = 0;
        for (int k = from; k < end; k++) if (w[k].Kind == WordKind.Word) n++;
        return n;
    }

    private Attribution Make(AttributionRoute route, Phrase p, int cueStart, int cueEnd, int gap, bool weak) =>
        new(route, p.Kind, _words[p.First].Start, _words[p.Last].End, cueStart, cueEnd, gap, weak,
            p.Kind == MentionKind.Description && CueLexicon.IsPublication(_words[p.Last].Span(_text)));
}
