namespace FactExtract.Dates;

/// <summary>
/// Where an expression can begin. Most tokens of running news text begin none, yet "the", "a", "that"
/// and the possessive apostrophe reach every rule before each rule fails, which made the grammar the
/// date stage's largest cost. <see cref="MayStart"/> is a necessary condition for <see cref="Match"/>
/// to succeed, read off the rules' entry conditions: when it is false every rule returns −1 at that
/// token, so skipping the token changes nothing. A rule that comes to accept a new first word (or a new
/// plain word after "the") must be reflected here; the grammar tests check the condition on real text.
/// </summary>
internal sealed partial class TimexGrammar
{
    /// <summary>False only where no rule can match at <paramref name="i"/>.</summary>
    internal bool MayStart(int i)
    {
        if (i >= _n) return false;
        var token = _t[i];
        switch (token.Kind)
        {
            case DateTokenKind.Number:
                // "$2015", "£30": every rule that reads a number refuses one after a currency sign.
                return !PrecededByCurrency(i) && NumberMayStart(i, token);
            case DateTokenKind.Punctuation:
                // Only "'90s" begins with a punctuation mark.
                return IsApostrophe(i) && i + 1 < _n && _t[i + 1].Kind == DateTokenKind.Number && Glued(i + 1);
        }

        var w = token.Word;
        switch (w.Class)
        {
            case WordClass.None or WordClass.PastVerb or WordClass.PresentVerb or WordClass.FutureAuxiliary or WordClass.TimeZone or WordClass.Meridiem:
                return false;
            case WordClass.Preposition:
                // "at least two years", "around 7:15 p.m.": only as the approximation in front of an amount.
                if (IsWord(i, "at")) return IsWord(i + 1, "least") && MayStart(i + 2);
                return IsWord(i, "around") && MayStart(i + 1);
            case WordClass.Determiner:
                return w.Value switch
                {
                    0 => MayFollowThe(i + 1),                           // "the" + what AfterThe reads, or "the early 1990s"
                    1 => UnitWithin(i + 1, 5),                          // "a day", "a few days", "a couple of more years": an amount, a rate
                    2 => IsClass(i + 1, WordClass.UnitPlural),          // "these days"
                    _ => IsClass(i + 1, WordClass.Unit),                // "that year"
                };
            case WordClass.Approximator:
                // "nearly two years", "more than four hours", "up to 30 days": an amount follows; "least",
                // "just" and "only" lead nothing ("at least" is led by "at").
                if (IsWord(i, "more") || IsWord(i, "less") || IsWord(i, "fewer")) return IsWord(i + 1, "than") && MayStart(i + 2);
                if (IsWord(i, "up")) return IsWord(i + 1, "to") && MayStart(i + 2);
                if (IsWord(i, "least") || IsWord(i, "just") || IsWord(i, "only")) return false;
                return MayStart(i + 1);
            case WordClass.Cue:
                switch ((CueWord)w.Value)
                {
                    case CueWord.This or CueWord.Last or CueWord.Next or CueWord.Coming or CueWord.Past or CueWord.Previous
                        or CueWord.Following or CueWord.Current or CueWord.Recent:
                        // "last week", "this past Sunday", "recent years", "next March", "this fiscal year",
                        // "last-quarter": a calendar word, a unit, a second cue or a hyphen follows.
                        return W(i + 1).Class is WordClass.Unit or WordClass.UnitPlural or WordClass.PartOfDay or WordClass.Weekday
                                   or WordClass.WeekdayAbbrev or WordClass.Month or WordClass.MonthAbbrev or WordClass.Season
                                   or WordClass.Cue or WordClass.Fiscal
                               || IsPunct(i + 1, '-');
                    case CueWord.Earlier or CueWord.Later:
                        // "earlier this month", "later today", "later-Monday": only before a cue or a day.
                        return W(i + 1).Class is WordClass.Cue or WordClass.RelativeDay or WordClass.Weekday || IsPunct(i + 1, '-');
                    default:
                        // "from", "after", "before", "ago" ... only follow an amount or a date.
                        return false;
                }
            case WordClass.Month or WordClass.MonthAbbrev or WordClass.Weekday or WordClass.WeekdayAbbrev or WordClass.WeekdayPlural:
                // Calendar names count only capitalised ("may", "march", "sun" are ordinary words).
                return token.Capitalized;
            case WordClass.Holiday:
                // "Christmas", "Thanksgiving"; "Election", "Labor" and "Memorial" only before "Day".
                return token.Capitalized && ((Holiday)w.Value is Holiday.Christmas or Holiday.Thanksgiving || IsWord(i + 1, "day") && Capitalized(i + 1));
            case WordClass.Unit:
                // "year-earlier", "year-end"; "half a day". Other units only follow an amount or a determiner.
                return w.Unit is TimeUnit.Year or TimeUnit.Half;
            case WordClass.UnitPlural:
                // "for years", "in months".
                return i > 0 && (IsWord(i - 1, "for") || IsWord(i - 1, "in"));
            case WordClass.Modifier:
                // "early 1990s", "mid-March", "late Friday"; "end", "middle", "rest" lead only after "the".
                return (PhaseModifier)w.Value is PhaseModifier.Early or PhaseModifier.Late or PhaseModifier.Mid;
            case WordClass.PartOfDay:
                // "morning Tuesday", "afternoon yesterday": a bare part of day is left alone.
                return W(i + 1).Class is WordClass.Weekday or WordClass.WeekdayAbbrev or WordClass.RelativeDay;
            case WordClass.Cardinal:
                // "nineteen ninety-six", "two thousand"; else an amount ("twenty-four hours", "two to three
                // weeks", "five and a half more years"): its unit is at most eight tokens on.
                return IsClass(i + 1, WordClass.Cardinal) || UnitWithin(i + 1, 8);
            case WordClass.Ordinal:
                // "first quarter", "third-quarter": an ordinal starts only a quarter or a half.
                return IsClass(i + 1, WordClass.Unit) || IsPunct(i + 1, '-') && IsClass(i + 2, WordClass.Unit);
            case WordClass.VagueAmount:
                // "several years", "a few more days", "many months": an amount before its unit ("couple" is a
                // number, which a fraction or a range can lengthen: "a couple and a half days").
                return IsWord(i, "couple") || UnitWithin(i + 1, 4);
            default:
                return true;
        }
    }

    /// <summary>
    /// A number begins an expression as a year or a written date ("1990", "11/30/2015", "30.11.2015"), with a
    /// suffix ("30th", "1990s", "5pm"), as a clock time ("4:49", "5 p.m."), as a day before its month ("30
    /// November", "30 of November", "19-Nov-12"), or as an amount whose unit follows within a few tokens ("2 1/2
    /// years", "12 to 18 more months"). Other numbers ("2,000 people", "3.5 percent") begin nothing.
    /// </summary>
    private bool NumberMayStart(int i, in DateToken token)
    {
        if (token.Digits != token.Length || token.Length == 4) return true;
        var s = Span(i);
        if (s.ContainsAny('/', '-', ':') || s.Count('.') >= 2) return true;
        if (W(i + 1).Class is WordClass.Month or WordClass.MonthAbbrev or WordClass.Meridiem or WordClass.TimeZone
            || IsPunct(i + 1, '-') || IsWord(i + 1, "of") || IsWord(i + 1, "a") || IsWord(i + 1, "p")) return true;
        return UnitWithin(i + 1, 8);
    }

    /// <summary>
    /// Whether what follows "the" at <paramref name="j"/> can continue an expression: a vocabulary word, a
    /// number, "'90s", or one of the plain words <see cref="AfterThe"/> reads ("the near term", "the same
    /// period", "the full year", "the nineties").
    /// </summary>
    private bool MayFollowThe(int j)
    {
        if (j >= _n) return false;
        var token = _t[j];
        if (token.Kind == DateTokenKind.Number) return true;
        if (token.Kind == DateTokenKind.Punctuation) return IsApostrophe(j);
        if (token.Word.Class != WordClass.None) return true;
        var s = Span(j);
        return s.Length switch
        {
            4 => s.Equals("near", StringComparison.OrdinalIgnoreCase) || s.Equals("long", StringComparison.OrdinalIgnoreCase)
                 || s.Equals("same", StringComparison.OrdinalIgnoreCase) || s.Equals("full", StringComparison.OrdinalIgnoreCase),
            5 => s.Equals("short", StringComparison.OrdinalIgnoreCase),
            6 => s.Equals("period", StringComparison.OrdinalIgnoreCase),
            7 or 8 => DecadeWord(j) > 0,
            10 => s.Equals("comparable", StringComparison.OrdinalIgnoreCase),
            13 => s.Equals("corresponding", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>Whether a unit word ("day", "years") is among the <paramref name="count"/> tokens from <paramref name="j"/>.</summary>
    private bool UnitWithin(int j, int count)
    {
        int end = Math.Min(_n, j + count);
        for (int k = j; k < end; k++)
            if (_t[k].Word.Class is WordClass.Unit or WordClass.UnitPlural) return true;
        return false;
    }
}
