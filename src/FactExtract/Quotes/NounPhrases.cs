namespace FactExtract.Quotes;

/// <summary>A speaker mention as a range of words [First, Last] plus what kind it is.</summary>
internal readonly record struct Phrase(int First, int Last, MentionKind Kind)
{
    public static Phrase None => new(-1, -1, MentionKind.None);

    public bool Found => Kind != MentionKind.None;
}

/// <summary>
/// Reads the noun phrase that names a speaker, forwards ("said Rep. Jim Clyburn") or backwards
/// from a cue ("Hugh Hill, a doctor, said"). Names are runs of capitalised words (with titles,
/// initials and joiners like "of"); a possessive before a publication ("BlackBerry’s post")
/// names its owner; an appositive name after a description ("the company’s spokesman, Jo Li,")
/// wins over the description.
/// </summary>
internal static class NounPhrases
{
    private const int MaxDescription = 6;

    public static bool IsNameWord(string text, Word w) =>
        w.Kind == WordKind.Word && char.IsUpper(text[w.Start]) && !CueLexicon.IsNotName(TrimDot(w.Span(text)));

    private static ReadOnlySpan<char> TrimDot(ReadOnlySpan<char> w) => w.Length > 1 && w[^1] == '.' ? w[..^1] : w;

    /// <summary>The phrase starting at word <paramref name="i"/>; <paramref name="next"/> is the first word after it.</summary>
    public static Phrase Forward(string text, List<Word> w, int i, int end, out int next)
    {
        next = i;
        if (i >= end || w[i].Kind != WordKind.Word) return Phrase.None;
        var span = w[i].Span(text);
        if (CueLexicon.IsClauseWord(span)) return Phrase.None;
        if (CueLexicon.IsPronoun(span) && (i + 1 >= end || w[i + 1].Kind != WordKind.Word || !char.IsUpper(text[w[i + 1].Start])))
        {
            next = i + 1;
            return new Phrase(i, i, MentionKind.Pronoun);
        }

        // A chain of modifiers and names: "Senate minority leader Harry Reid", "a Clinton campaign
        // spokesman", "former tech executive Carly Fiorina", "BlackBerry’s post".
        int j = i, nameStart = -1, nameEnd = -1, poss = -1;
        while (j < end && j - i < 10)
        {
            var x = w[j];
            if (x.Kind == WordKind.Possessive) { poss = j; j++; continue; }
            if (x.Kind != WordKind.Word) break;
            var s = x.Span(text);
            bool upper = char.IsUpper(s[0]);
            if (j > i && (CueLexicon.IsCue(s) || !upper && CueLexicon.IsAux(s) || !upper && CueLexicon.IsClauseWord(s))) break;
            if (IsNameWord(text, x) || IsInitial(text, x) || upper && CueLexicon.IsTitle(s))
            {
                nameStart = j;
                j = NameRunEnd(text, w, j, end);
                nameEnd = j;
                if (j < end && w[j].Kind == WordKind.Possessive) continue;
                if (nameStart != i && !IsTitleChain(text, w, i, nameStart)) continue;
                // "the Federal Aviation Administration grounded …" but "the Clinton campaign said".
                if (nameStart != i && j < end && w[j].Kind == WordKind.Word && !char.IsUpper(text[w[j].Start])
                    && !CueLexicon.IsCue(w[j].Span(text)) && !CueLexicon.IsAux(w[j].Span(text)) && !CueLexicon.IsClauseWord(w[j].Span(text))
                    && w[i].Span(text) is "the" or "The") continue;
                // After a leading name, go on only through job words to another name.
                int k = j;
                while (k < end && k - j < 4 && w[k].Kind == WordKind.Word && !char.IsUpper(text[w[k].Start])
                       && !CueLexicon.IsCue(w[k].Span(text)) && !CueLexicon.IsAux(w[k].Span(text)) && !CueLexicon.IsClauseWord(w[k].Span(text))) k++;
                if (k < end && k > j && IsNameWord(text, w[k])) { j = k; continue; }
                break;
            }

            j++;
            if (nameStart < 0 && j - i >= MaxDescription) break;
        }

        if (j == i) return Phrase.None;
        next = j;
        if (nameEnd == j) return new Phrase(nameStart, j - 1, MentionKind.Name);
        if (poss > i && CueLexicon.IsPublication(w[j - 1].Span(text)))
            return nameEnd == poss ? new Phrase(nameStart, poss - 1, MentionKind.Name) : new Phrase(i, poss - 1, OwnerKind(text, w, i, poss));
        // "the company’s spokesman, Jo Li, said": the appositive name is the speaker.
        if (j + 1 < end && w[j].IsPunct(text, ',') && IsNameWord(text, w[j + 1]))
        {
            int n = NameRunEnd(text, w, j + 1, end);
            if (n >= end || w[n].IsPunct(text, ',') || w[n].Kind == WordKind.Word && CueLexicon.IsCue(w[n].Span(text)))
            {
                next = n < end && w[n].IsPunct(text, ',') ? n + 1 : n;
                return new Phrase(j + 1, n - 1, MentionKind.Name);
            }
        }

        // "Obama's former campaign strategist said": the owner's description, not the owner.
        if (poss == nameEnd && j > poss + 1) return new Phrase(i, j - 1, MentionKind.Description);
        if (nameStart == i && nameEnd > 0) { next = nameEnd; return new Phrase(i, nameEnd - 1, MentionKind.Name); }
        return new Phrase(i, j - 1, MentionKind.Description);
    }

    // "former tech executive" before "Carly Fiorina": lowercase job words, no determiner.
    private static bool IsTitleChain(string text, List<Word> w, int from, int to)
    {
        if (w[from].Span(text) is "the" or "The") from++;
        for (int k = from; k < to; k++)
            if (w[k].Kind != WordKind.Word || CueLexicon.IsDeterminer(w[k].Span(text))) return false;
        return true;
    }

    /// <summary>
    /// The subject of the clause ending before word <paramref name="before"/>: the nearest subject
    /// pronoun, or name not governed by a preposition ("he looked …, furrowed his brow and said").
    /// </summary>
    public static Phrase ClauseSubject(string text, List<Word> w, int before, int start)
    {
        for (int k = before - 1; k >= start && before - k <= 30; k--)
        {
            var x = w[k];
            if (x.Kind != WordKind.Word) continue;
            var s = x.Span(text);
            if (s is "he" or "she" or "they" or "I" or "we" or "He" or "She" or "They" or "We")
            {
                // "noted that he taught …": the subject of an embedded clause is not the speaker.
                if (k - 1 >= start && w[k - 1].Kind == WordKind.Word && CueLexicon.IsClauseWord(w[k - 1].Span(text)) && !(w[k - 1].Span(text) is "and" or "but" or "so" or "then")) continue;
                return new Phrase(k, k, MentionKind.Pronoun);
            }

            if (!IsNameWord(text, x)) continue;
            var p = EndingAt(text, w, k, start);
            int b = p.First;
            k = b;
            // A subject name opens its clause: after a comma, a conjunction, "the", or at the start.
            int o = b - 1;
            if (o >= start && w[o].Kind == WordKind.Word && w[o].Span(text) is "the" or "The") o--;
            if (o >= start && !(w[o].Kind is WordKind.Punct or WordKind.QuoteMark)
                && !(w[o].Kind == WordKind.Word && w[o].Span(text) is "and" or "but" or "then" or "so" or "when" or "as" or "after" or "before" or "while" or "because" or "since" or "if" or "that")) continue;
            if (p.Last + 1 < w.Count && w[p.Last + 1].Kind == WordKind.Possessive) continue;
            return p;
        }

        return Phrase.None;
    }

    /// <summary>The subject of a sentence: its first phrase, or the first after an opening clause ("In July, the agency …").</summary>
    public static Phrase SentenceSubject(string text, List<Word> w, int start, int end)
    {
        var p = Forward(text, w, start, end, out _);
        if (p.Found) return p;
        for (int k = start; k < end; k++)
            if (w[k].IsPunct(text, ',')) return Forward(text, w, k + 1, end, out _);
        return Phrase.None;
    }

    private static Phrase AfterPossessive(string text, List<Word> w, int first, int poss, int end, out int next)
    {
        int d = poss + 1;
        while (d < end && d - poss <= 3 && w[d].Kind == WordKind.Word && !CueLexicon.IsCue(w[d].Span(text)) && !CueLexicon.IsAux(w[d].Span(text))) d++;
        next = d;
        if (d > poss + 1 && CueLexicon.IsPublication(w[d - 1].Span(text))) return new Phrase(first, poss - 1, MentionKind.Name);
        // "Trump’s spokeswoman, Hope Hicks, said"
        if (d + 1 < end && w[d].IsPunct(text, ',') && IsNameWord(text, w[d + 1]))
        {
            int n = NameRunEnd(text, w, d + 1, end);
            next = n < end && w[n].IsPunct(text, ',') ? n + 1 : n;
            return new Phrase(d + 1, n - 1, MentionKind.Name);
        }

        return d > poss + 1 ? new Phrase(first, d - 1, MentionKind.Description) : new Phrase(first, poss - 1, MentionKind.Name);
    }

    private static MentionKind OwnerKind(string text, List<Word> w, int first, int poss)
    {
        if (first == poss - 1 && CueLexicon.IsPronoun(w[first].Span(text))) return MentionKind.Pronoun;
        for (int k = first; k < poss; k++) if (IsNameWord(text, w[k])) return MentionKind.Name;
        return MentionKind.Description;
    }

    /// <summary>First word after the capitalised run starting at <paramref name="i"/>.</summary>
    public static int NameRunEnd(string text, List<Word> w, int i, int end)
    {
        int j = i + 1;
        while (j < end)
        {
            var x = w[j];
            if (x.Kind == WordKind.Word && (char.IsUpper(text[x.Start]) && !CueLexicon.IsNotName(TrimDot(x.Span(text))) || IsInitial(text, x))) { j++; continue; }
            // "CBS This Morning": a capitalised function word inside a name.
            if (x.Kind == WordKind.Word && char.IsUpper(text[x.Start]) && j + 1 < end && IsNameWord(text, w[j + 1]) && !CueLexicon.IsDeterminer(x.Span(text)) && !CueLexicon.IsPronoun(x.Span(text)) && !CueLexicon.IsAux(x.Span(text))) { j++; continue; }
            // "Department of Defense", "Bank of America": a joiner between two capitalised words.
            if (x.Kind == WordKind.Word && j + 1 < end && CueLexicon.IsNameJoiner(x.Span(text)) && !char.IsUpper(text[x.Start]) && IsNameWord(text, w[j + 1])) { j += 2; continue; }
            break;
        }

        return j;
    }

    private static bool IsInitial(string text, Word x) => x.Length <= 3 && x.Length >= 2 && text[x.End - 1] == '.' && char.IsUpper(text[x.Start]);

    /// <summary>The phrase ending just before word <paramref name="cue"/> (the subject of the cue), searching no further back than <paramref name="start"/>.</summary>
    public static Phrase Backward(string text, List<Word> w, int cue, int start)
    {
        int k = cue - 1;
        while (k >= start && w[k].Kind == WordKind.Word && CueLexicon.IsAux(w[k].Span(text)) && !CueLexicon.IsPronoun(w[k].Span(text))) k--;
        if (k < start) return Phrase.None;
        // "… furrowed his brow and said": the subject of the first verb.
        if (w[k].Kind == WordKind.Word && w[k].Span(text) is "and" or "but" or "then" or "or")
            return ClauseSubject(text, w, k, start);
        if (w[k].IsPunct(text, ')'))
        {
            int p = k - 1;
            while (p >= start && !w[p].IsPunct(text, '(')) p--;
            if (p <= start) return Phrase.None;
            k = p - 1;
        }

        if (w[k].IsPunct(text, ','))
        {
            // An appositive or relative clause between commas: "Hugh Hill, a doctor, said".
            int q = k - 1, limit = Math.Max(start, k - 25);
            while (q >= limit && !w[q].IsPunct(text, ',')) q--;
            if (q < limit || q == k - 1) return Phrase.None;
            var inner = w[q + 1];
            if (inner.Kind != WordKind.Word) return Phrase.None;
            // "…, Gov. John Kasich (R-OH), said": the part between the commas is the subject itself.
            if (IsNameWord(text, inner) || CueLexicon.IsTitle(inner.Span(text)) && char.IsUpper(text[inner.Start]))
            {
                int last = k - 1;
                if (w[last].IsPunct(text, ')'))
                {
                    while (last > q && !w[last].IsPunct(text, '(')) last--;
                    last--;
                }

                if (last > q && NameRunEnd(text, w, q + 1, k) == last + 1) return new Phrase(q + 1, last, MentionKind.Name);
            }

            k = q - 1;
            if (k >= start && w[k].IsPunct(text, ')'))
            {
                int p = k - 1;
                while (p >= start && !w[p].IsPunct(text, '(')) p--;
                if (p <= start) return Phrase.None;
                k = p - 1;
            }

            if (k < start) return Phrase.None;
        }

        var found = EndingAt(text, w, k, start);
        // "Another intelligence source speaking to Fox News said": the name is an object.
        if (found.Kind == MentionKind.Name && found.First - 2 >= start && w[found.First - 1].Kind == WordKind.Word
            && w[found.First - 1].Span(text) is "to" or "with" or "for" or "of" or "at" or "on" or "from")
        {
            int k2 = found.First - 2;
            if (k2 > start && w[k2].Kind == WordKind.Word && w[k2].Span(text).EndsWith("ing", StringComparison.Ordinal)) k2--;
            var head = EndingAt(text, w, k2, start);
            if (head.Kind == MentionKind.Description) return head;
        }

        // "Loretta E. Lynch, who told Congress": the name the relative pronoun stands for.
        if (found.Kind == MentionKind.Pronoun && w[found.First].Span(text) is "who" && found.First - 2 >= start && w[found.First - 1].IsPunct(text, ','))
        {
            var antecedent = EndingAt(text, w, found.First - 2, start);
            if (antecedent.Found) return antecedent;
        }

        return found;
    }

    /// <summary>The phrase whose last word is <paramref name="k"/>.</summary>
    public static Phrase EndingAt(string text, List<Word> w, int k, int start)
    {
        var x = w[k];
        if (x.Kind != WordKind.Word) return Phrase.None;
        var s = x.Span(text);
        if (CueLexicon.IsPronoun(s)) return new Phrase(k, k, MentionKind.Pronoun);
        if (CueLexicon.IsClauseWord(s)) return Phrase.None;
        if (IsNameWord(text, x) || IsInitial(text, x))
        {
            int b = k;
            while (b - 1 >= start)
            {
                var y = w[b - 1];
                if (y.Kind == WordKind.Word && (IsNameWord(text, y) || IsInitial(text, y) || CueLexicon.IsTitle(y.Span(text)) && char.IsUpper(text[y.Start]))) { b--; continue; }
                if (y.Kind == WordKind.Word && b - 2 >= start && CueLexicon.IsNameJoiner(y.Span(text)) && !char.IsUpper(text[y.Start]) && IsNameWord(text, w[b - 2])) { b -= 2; continue; }
                break;
            }

            return new Phrase(b, k, MentionKind.Name);
        }

        if (char.IsUpper(s[0]) && CueLexicon.IsNotName(s) && !CueLexicon.IsDeterminer(s)) return Phrase.None;
        // A description ending in a noun: walk back to its determiner.
        int d = k, poss = -1;
        while (d - 1 >= start && k - d < MaxDescription)
        {
            var y = w[d - 1];
            if (y.Kind == WordKind.Possessive) { poss = d - 1; d--; continue; }
            if (y.Kind != WordKind.Word) break;
            var ys = y.Span(text);
            if (CueLexicon.IsCue(ys) || ys is "that" or "and" or "but" or "in" or "on" or "at" or "to" or "with" or "by" or "from" or "of" or "for" or "as") break;
            d--;
            if (CueLexicon.IsDeterminer(ys) && poss < 0) break;
        }

        if (poss > d && CueLexicon.IsPublication(s))
            return new Phrase(d, poss - 1, OwnerKind(text, w, d, poss));
        if (d == k && CueLexicon.IsDeterminer(s)) return Phrase.None;
        return new Phrase(d, k, MentionKind.Description);
    }
}
