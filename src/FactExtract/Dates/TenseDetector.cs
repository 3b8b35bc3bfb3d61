namespace FactExtract.Dates;

/// <summary>
/// Guesses the tense around a date from the nearest tense cue in its sentence: a future auxiliary
/// ("will", "would", "plans") or a past verb ("said", "announced"). Crude but cheap, and it is
/// what decides "Friday" → last Friday or next Friday when no cue word is attached.
/// </summary>
internal static class TenseDetector
{
    private const int LookBehind = 15;
    private const int LookAhead = 8;

    public static Tense Detect(string text, List<DateToken> tokens, int first, int end)
    {
        if (InSinceClause(text, tokens, first)) return Tense.Past;
        var best = Tense.Unknown;
        int bestDistance = int.MaxValue;
        for (int i = first - 1, d = 1; i >= 0 && d <= LookBehind; i--, d++)
        {
            if (EndsSentence(text, tokens, i)) break;
            var t = Classify(text, tokens, i);
            if (t != Tense.Unknown) { best = t; bestDistance = d; break; }
        }

        // "On Tuesday, the National Widget Makers Association plans to …": a date opening its sentence is
        // followed by the whole clause, subject first, so its verb may lie further on.
        int lookAhead = best == Tense.Unknown && OpensSentence(text, tokens, first) && end < tokens.Count && IsComma(text, tokens[end]) ? LongLookAhead : LookAhead;
        for (int i = end, d = 1; i < tokens.Count && d <= lookAhead && d < bestDistance; i++, d++)
        {
            if (EndsSentence(text, tokens, i)) break;
            // "informed the Post on Wednesday that the center will expand": a verb after "that" is the
            // reported clause's; the date belongs to the reporting verb before it.
            if (best != Tense.Unknown && IsWordAt(text, tokens, i, "that")) break;
            var t = Classify(text, tokens, i);
            if (t == Tense.Unknown) continue;
            // "… would open in June, the spokesman said": the attribution after the clause dates the
            // saying, not the event, so it does not outvote a cue inside the clause.
            if (best == Tense.Unknown || d == 1 || !IsReportingVerb(text, tokens[i])) best = t;
            break;
        }

        return best;
    }

    /// <summary>
    /// How far (tokens) a sentence-opening date looks for its clause's verb: "In February, a week after the
    /// tenth anniversary of the Smith vs. Jones ruling, a fire at a warehouse in Dayton, Ohio, destroyed …"
    /// puts a long appositive and the subject between them; the sentence end bounds the search anyway.
    /// </summary>
    private const int LongLookAhead = 40;

    /// <summary>
    /// "since he took over on July 31", "since the bombing of a shrine in February": a date inside a
    /// "since" phrase starts a period running up to now, so it lies in the past whatever verb follows
    /// ("… will likely be made clearer"). A comma, a sentence end or a future cue closes the phrase.
    /// </summary>
    private static bool InSinceClause(string text, List<DateToken> tokens, int first)
    {
        for (int i = first - 1, d = 1; i >= 0 && d <= LookBehind; i--, d++)
        {
            var t = tokens[i];
            if (t.Kind == DateTokenKind.Punctuation && (IsComma(text, t) || EndsSentence(text, tokens, i))) return false;
            if (t.Kind != DateTokenKind.Word) continue;
            if (t.Word.Class == WordClass.FutureAuxiliary) return false;
            if (Is(text, t, "since")) return true;
        }

        return false;
    }

    /// <summary>The date, after at most a preposition, starts its sentence ("On Tuesday, …", "In January, …").</summary>
    private static bool OpensSentence(string text, List<DateToken> tokens, int first)
    {
        int k = first - 1;
        if (k >= 0 && tokens[k].Kind == DateTokenKind.Word && tokens[k].Word.Class == WordClass.Preposition) k--;
        return k < 0 || EndsSentence(text, tokens, k);
    }

    private static bool IsComma(string text, DateToken t) => t.Kind == DateTokenKind.Punctuation && text[t.Start] == ',';

    /// <summary>The first token of the sentence holding token <paramref name="i"/>.</summary>
    public static int SentenceStart(string text, List<DateToken> tokens, int i)
    {
        while (i > 0 && !EndsSentence(text, tokens, i - 1)) i--;
        return i;
    }

    private static bool IsFormOfBe(string text, DateToken t)
    {
        var w = text.AsSpan(t.Start, t.Length);
        return w.Equals("be", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
            || w.Equals("being", StringComparison.OrdinalIgnoreCase) || w.Equals("is", StringComparison.OrdinalIgnoreCase)
            || w.Equals("are", StringComparison.OrdinalIgnoreCase) || w.Equals("get", StringComparison.OrdinalIgnoreCase);
    }

    public static bool EndsSentence(string text, List<DateToken> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != DateTokenKind.Punctuation) return false;
        char c = text[t.Start];
        if (c is '!' or '?' or ';') return true;
        if (c != '.') return false;
        // 'the Congress will act." On Tuesday, Beijing …': a quotation closing after the full stop still ends the sentence.
        int n = i + 1;
        while (n < tokens.Count && !tokens[n].SpaceBefore && tokens[n].Kind == DateTokenKind.Punctuation && text[tokens[n].Start] is '"' or '\'' or '”' or '’') n++;
        if (n >= tokens.Count) return true;
        var next = tokens[n];
        if (!next.SpaceBefore) return false;
        // "Nov. 30" and "p.m. Monday": an abbreviation's dot before a capital is not a sentence end.
        if (i > 0 && tokens[i - 1].Kind == DateTokenKind.Word && tokens[i - 1].Length <= 4 && tokens[i - 1].Word.Class is WordClass.MonthAbbrev or WordClass.WeekdayAbbrev) return false;
        // "Daniel P. Davison": an initial.
        if (i > 0 && tokens[i - 1].Kind == DateTokenKind.Word && tokens[i - 1].Length == 1 && tokens[i - 1].Capitalized) return false;
        // "Mr. Smith", "Gen. Schwarzkopf", "Roe vs. Wade": a title or "vs." comes before a name, never at a sentence's end.
        if (i > 0 && tokens[i - 1].Kind == DateTokenKind.Word && !tokens[i].SpaceBefore && IsTitle(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length))) return false;
        return next.Capitalized || next.Kind != DateTokenKind.Word;
    }

    private static bool IsParticiple(string text, List<DateToken> tokens, int i)
    {
        if (i >= tokens.Count || tokens[i].Kind != DateTokenKind.Word || tokens[i].Capitalized) return false;
        var t = tokens[i];
        if (t.Word.Class == WordClass.PastVerb && !Is(text, t, "had")) return true;
        return t.Length >= 5 && text[t.End - 1] == 'd' && text[t.End - 2] == 'e';
    }

    private static bool IsTitle(ReadOnlySpan<char> w) =>
        w is "Mr" or "Mrs" or "Ms" or "Dr" or "Gen" or "Sen" or "Rep" or "Gov" or "Lt" or "Col" or "Sgt" or "Capt" or "Adm" or "Maj" or "Cmdr"
            or "Prof" or "Rev" or "Msgr" or "Sens" or "Reps" or "Gens" or "Messrs" or "Mt" or "Ft" or "vs" or "Vs" or "St";

    private static Tense Classify(string text, List<DateToken> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != DateTokenKind.Word) return Tense.Unknown;
        switch (t.Word.Class)
        {
            case WordClass.FutureAuxiliary: return FutureCue(text, tokens, i);
            // "is to resume trading Tuesday": a schedule.
            case WordClass.PresentVerb:
                if (IsWordAt(text, tokens, i + 1, "to") && (Is(text, t, "is") || Is(text, t, "are"))) return Tense.Future;
                // "has fluctuated", "have risen": the present perfect reports what already happened.
                if ((Is(text, t, "has") || Is(text, t, "have")) && IsParticiple(text, tokens, i + 1)) return Tense.Past;
                return Tense.Present;
            case WordClass.PastVerb:
                // "set to resume Monday", "set for Friday": scheduled, not past.
                if (Is(text, t, "set") && (IsWordAt(text, tokens, i + 1, "to") || IsWordAt(text, tokens, i + 1, "for"))) return Tense.Future;
                if (i > 0 && IsFormOfBe(text, tokens[i - 1])) return Tense.Unknown;
                // "were planning to drive there on Monday", "was due to arrive": the plan's word decides, not "were".
                if ((Is(text, t, "was") || Is(text, t, "were")) && i + 1 < tokens.Count && tokens[i + 1].Kind == DateTokenKind.Word && tokens[i + 1].Word.Class == WordClass.FutureAuxiliary)
                    return Tense.Unknown;
                return Tense.Past;
        }

        if (t.Length >= 5 && !t.Capitalized && text[t.End - 1] == 'd' && text[t.End - 2] == 'e')
        {
            var word = text.AsSpan(t.Start, t.Length);
            // "will be paid", "is expected": a participle after a form of "be" says nothing about the past;
            // "the reduced dividend", "an unspecified date": adjectives.
            if (!word.EndsWith("eed", StringComparison.Ordinal) && !word.StartsWith("un", StringComparison.Ordinal)
                && !(i > 0 && (IsFormOfBe(text, tokens[i - 1]) || tokens[i - 1].Word.Class == WordClass.Determiner || IsWordAt(text, tokens, i - 1, "still"))))
                return Tense.Past;
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// "will", "plans to", "is expected to" look ahead; but "the plan" is a noun, "than expected"
    /// compares, and "had been scheduled to" looks ahead from a past that has gone by.
    /// </summary>
    private static Tense FutureCue(string text, List<DateToken> tokens, int i)
    {
        var t = tokens[i];
        bool needsTo = Is(text, t, "plan") || Is(text, t, "plans") || Is(text, t, "hopes") || Is(text, t, "aims") || Is(text, t, "intends")
                       || Is(text, t, "expects") || Is(text, t, "going");
        if (needsTo && !IsWordAt(text, tokens, i + 1, "to")) return Tense.Unknown;
        // "planned to leave on Thursday", "were planning a rally on Saturday": a plan reported before the
        // day it names. Elsewhere "planned" is an ordinary past verb ("the long-planned merger" is an adjective).
        if (Is(text, t, "planned") || Is(text, t, "planning"))
        {
            if (i > 0 && tokens[i - 1].Word.Class == WordClass.Determiner) return Tense.Unknown;
            bool plan = IsWordAt(text, tokens, i + 1, "to") || i + 1 < tokens.Count && tokens[i + 1].Word.Class == WordClass.Determiner && !IsWordAt(text, tokens, i + 1, "that") && !IsWordAt(text, tokens, i + 1, "these");
            if (!plan) return Is(text, t, "planned") ? Tense.Past : Tense.Unknown;
        }

        if (Is(text, t, "expected") && i > 0 && (IsWordAt(text, tokens, i - 1, "than") || IsWordAt(text, tokens, i - 1, "as"))) return Tense.Unknown;
        // "pulled out due to injuries", "due to the weather": a cause, not a schedule ("due to arrive").
        if (Is(text, t, "due") && IsWordAt(text, tokens, i + 1, "to") && i + 2 < tokens.Count && !LooksLikeBareVerb(text, tokens[i + 2])) return Tense.Unknown;
        for (int k = i - 1; k >= 0 && k >= i - 3; k--)
            if (IsWordAt(text, tokens, k, "had")) return Tense.Past;
        return Tense.Future;
    }

    /// <summary>
    /// "payable Dec. 15", "effective Jan. 1", "of record Nov. 30", "due March 1": the date is a
    /// deadline ahead of the announcement, whatever the tense of the sentence (<see cref="Tense.Future"/>).
    /// "until March", "through January", "by May" bound a period that may lie either side of the
    /// anchor ("had bought 481,000 shares through Sept. 29"), so they only cancel the tense
    /// (<see cref="Tense.Unknown"/>: the nearest occurrence). "since March" starts a period running up to
    /// now, so it lies in the past (<see cref="Tense.Past"/>). Null when no such word precedes.
    /// </summary>
    public static Tense? DeadlineBefore(string text, List<DateToken> tokens, int first)
    {
        int k = first - 1;
        if (IsWordAt(text, tokens, k, "on")) k--;
        if (k < 0 || tokens[k].Kind != DateTokenKind.Word) return null;
        var t = tokens[k];
        if (Is(text, t, "payable") || Is(text, t, "effective") || Is(text, t, "due") || Is(text, t, "record") && IsWordAt(text, tokens, k - 1, "of"))
            return Tense.Future;
        if (Is(text, t, "until") || Is(text, t, "till") || Is(text, t, "through") || Is(text, t, "by")) return Tense.Unknown;
        // "has been on patrol since March and was scheduled to return": a period running up to now began in the past.
        if (Is(text, t, "since")) return Tense.Past;
        return null;
    }

    /// <summary>
    /// Words right before a bare weekday that decide which one is meant: "as soon as Tuesday", "as
    /// early as Tuesday" look ahead (<see cref="Tense.Future"/>); "since Tuesday" looks back (<see cref="Tense.Past"/>); "until 9 a.m. Tuesday", "by Friday"
    /// name a deadline, which is the nearest such day unless the clause looks ahead
    /// (<see cref="Tense.Unknown"/>). Null when no such word precedes.
    /// </summary>
    public static Tense? WeekdayBoundBefore(string text, List<DateToken> tokens, int first)
    {
        int k = first - 1;
        if (IsWordAt(text, tokens, k, "on")) k--;
        if (k < 0 || tokens[k].Kind != DateTokenKind.Word) return null;
        var t = tokens[k];
        if (Is(text, t, "as") && IsWordAt(text, tokens, k - 2, "as") && (IsWordAt(text, tokens, k - 1, "soon") || IsWordAt(text, tokens, k - 1, "early")))
            return Tense.Future;
        if (Is(text, t, "until") || Is(text, t, "till") || Is(text, t, "by")) return Tense.Unknown;
        if (Is(text, t, "since")) return Tense.Past;
        return null;
    }

    /// <summary>
    /// "the July 1 handover", "the May 23 polls", "the June elections": a date naming an event, whose
    /// time the clause's verb does not give ("the" before, a lower-case non-temporal word after).
    /// </summary>
    public static bool NamesAnEvent(string text, List<DateToken> tokens, int first, int end)
    {
        if (first == 0 || end >= tokens.Count || !Is(text, tokens[first - 1], "the")) return false;
        var next = tokens[end];
        return next.Kind == DateTokenKind.Word && !next.Capitalized && next.SpaceBefore && next.Word.Class == WordClass.None && next.Length > 2;
    }

    /// <summary>A word that can follow "due to" as a verb: lower case, not a determiner, not shaped like a plural or a gerund.</summary>
    private static bool LooksLikeBareVerb(string text, DateToken t)
    {
        if (t.Kind != DateTokenKind.Word || t.Capitalized || t.Word.Class == WordClass.Determiner) return false;
        var w = text.AsSpan(t.Start, t.Length);
        if (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
        return !(w is "a" or "an" or "his" or "her" or "its" or "their" or "our" or "lack" or "bad" or "poor" or "heavy" or "technical" or "security" or "health" or "concern" or "pressure");
    }

    private static bool IsReportingVerb(string text, DateToken t) =>
        Is(text, t, "said") || Is(text, t, "says") || Is(text, t, "told") || Is(text, t, "added") || Is(text, t, "announced")
        || Is(text, t, "reported") || Is(text, t, "noted") || Is(text, t, "stressed") || Is(text, t, "stated");

    private static bool Is(string text, DateToken t, string word) => text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsWordAt(string text, List<DateToken> tokens, int i, string word) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == DateTokenKind.Word && Is(text, tokens[i], word);
}
