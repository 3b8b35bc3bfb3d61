using System.Globalization;

namespace FactExtract.Dates;

/// <summary>Rules around calendar names: months, weekdays, seasons, quarters and halves, fiscal years.</summary>
internal sealed partial class TimexGrammar
{
    /// <summary>
    /// A month name ("November", "Nov.", "Sept"). Names that are also ordinary words ("May",
    /// "March") need a date-like neighbour when <paramref name="strict"/>.
    /// </summary>
    private int MonthWord(int i, out int month, bool strict)
    {
        month = 0;
        var w = W(i);
        if (w.Class is not (WordClass.Month or WordClass.MonthAbbrev) || !Capitalized(i)) return -1;
        month = w.Value;
        int end = i + 1;
        if (w.Class == WordClass.MonthAbbrev && IsPunct(end, '.') && Glued(end)) end++;
        // "Oct 1996" in tables and lists: an abbreviation without its dot still names a month before a year.
        else if (w.Class == WordClass.MonthAbbrev && !(LeadingInt(end, out _, out int dg) && dg <= 2) && !IsWordAllUpper(i)
                 && !(PlainInt(end, out int y4, out int d4) && d4 == 4 && y4 is >= 1000 and <= 2100)) return -1;
        if (strict && (month == 5 || month == 3) && w.Class == WordClass.Month && !IsWordAllUpper(i))
        {
            bool dateAfter = PlainInt(end, out _, out _) || IsPunct(end, ',') && PlainInt(end + 1, out _, out int d4) && d4 == 4 || IsWord(end, "of") && PlainInt(end + 1, out _, out _);
            bool cueBefore = i > 0 && (IsClass(i - 1, WordClass.Preposition) || IsClass(i - 1, WordClass.Modifier) || IsClass(i - 1, WordClass.Cue) || IsPunct(i - 1, '-'));
            if (!dateAfter && !cueBefore) return -1;
        }

        return end;
    }

    private bool IsWordAllUpper(int i)
    {
        foreach (char c in Span(i)) if (char.IsLower(c)) return false;
        return _t[i].Length > 2;
    }

    /// <summary>"Nov. 30, 2015", "November 30", "Nov 30th", "November 2015", "May of 1999", "July".</summary>
    private int MonthFirst(int i, out TimexSpec spec)
    {
        spec = default;
        int j = MonthWord(i, out int month, strict: true);
        if (j < 0) return -1;
        if (LeadingInt(j, out int day, out int digits) && digits <= 2 && day is >= 1 and <= 31
            && (_t[j].Digits == _t[j].Length || IsOrdinalSuffix(Suffix(j))) && !IsPunct(j + 1, '%')
            && !(_t[j].Digits != _t[j].Length && _t[j].Digits < _t[j].Length && Span(j).Contains(',')))
        {
            if (!(j + 1 < _n && (W(j + 1).Class is WordClass.Unit or WordClass.UnitPlural)))
                return WithOptionalYear(j + 1, month, day, out spec);
        }

        int k = IsPunct(j, ',') || IsWord(j, "of") ? j + 1 : j;
        if (PlainInt(k, out int year, out digits) && digits == 4 && year is >= 1000 and <= 2100)
        {
            spec = Literal(TimexType.Date, new TimexDate(year, TimeUnit.Month, month).ToString());
            return k + 1;
        }

        if (IsClass(k, WordClass.Cardinal) && SpelledYear(k, out var spelled) > 0)
        {
            int end = SpelledYear(k, out _);
            spec = Literal(TimexType.Date, spelled.Literal + "-" + month.ToString("D2", CultureInfo.InvariantCulture));
            return end;
        }

        if ((IsCue(k, CueWord.This) || IsCue(k, CueWord.Last) || IsCue(k, CueWord.Next)) && IsClass(k + 1, WordClass.Unit) && W(k + 1).Unit == TimeUnit.Year)
        {
            // "July last year": the month of a year named relative to the anchor.
            spec = TimexSpec.FromShift(TimeUnit.Year, IsCue(k, CueWord.Last) ? -1 : IsCue(k, CueWord.Next) ? 1 : 0);
            spec.Month = month;
            return k + 2;
        }

        spec = TimexSpec.FromCalendar(TimeUnit.Month, Direction.Auto);
        spec.Month = month;
        return j;
    }

    /// <summary>"Monday", "Monday, November 30, 2015", "Monday morning", "Sat."</summary>
    private int WeekdayPhrase(int i, Direction direction, out TimexSpec spec)
    {
        spec = default;
        var w = W(i);
        if (w.Class is not (WordClass.Weekday or WordClass.WeekdayAbbrev) || !Capitalized(i)) return -1;
        int j = i + 1;
        if (w.Class == WordClass.WeekdayAbbrev)
        {
            // "Sun." and "Sat." are also names and words: only as a date with a month or day after them.
            if (!(IsPunct(j, '.') && Glued(j))) return -1;
            j++;
            int next = IsPunct(j, ',') ? j + 1 : j;
            if (!(IsClass(next, WordClass.Month) || IsClass(next, WordClass.MonthAbbrev) || LeadingInt(next, out _, out _))) return -1;
        }

        if (direction == Direction.Auto)
        {
            int k = IsPunct(j, ',') ? j + 1 : j;
            int end = MonthFirst(k, out var date);
            // A month-first date may also come back as a shift ("Dec. next year", "June 23 last year"), which has no
            // literal: it is a day when it names one.
            if (end > 0 && (date.Kind == SpecKind.Literal ? date.Literal!.Length == 10 : date.Day > 0))
            {
                spec = date;
                spec.StatedWeekday = w.Value;
                return end;
            }

            if (PlainInt(k, out int day, out _) || LeadingInt(k, out day, out _))
            {
                end = DayFirst(k, day, out date);
                if (end > 0) { spec = date; return end; }
            }
        }

        if (direction == Direction.Auto && IsClass(j, WordClass.PartOfDay) && Span(j).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            spec = Literal(TimexType.Set, new TimexDate(null, TimeUnit.Day, 0, 0, w.Value) + "T" + ((PartOfDay)W(j).Value).Code());
            return j + 1;
        }

        // "on Monday and Tuesday nights": the plural part of day after the second weekday makes both sets.
        if (direction == Direction.Auto && (IsWord(j, "and") || IsWord(j, "or")) && IsClass(j + 1, WordClass.Weekday)
            && IsClass(j + 2, WordClass.PartOfDay) && Span(j + 2).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            spec = Literal(TimexType.Set, new TimexDate(null, TimeUnit.Day, 0, 0, w.Value) + "T" + ((PartOfDay)W(j + 2).Value).Code());
            return j;
        }

        spec = TimexSpec.FromCalendar(TimeUnit.Day, direction);
        spec.Weekday = w.Value;
        if (IsClass(j, WordClass.PartOfDay))
        {
            spec = spec.WithTime(new TimexTime(-1, 0, (PartOfDay)W(j).Value));
            return j + 1;
        }

        return j;
    }

    /// <summary>A season word: "summer", "the fall of 1998" (the caller decides whether a bare one counts).</summary>
    private int Season(int i, Direction direction, out TimexSpec spec)
    {
        spec = default;
        if (!IsClass(i, WordClass.Season)) return -1;
        int part = W(i).Value;
        int j = i + 1;
        int k = IsWord(j, "of") ? j + 1 : j;
        if (PlainInt(k, out int year, out int digits) && digits == 4 && year is >= 1000 and <= 2100)
        {
            spec = Literal(TimexType.Date, new TimexDate(year, TimeUnit.Season, part).ToString());
            return k + 1;
        }

        // "the winter of nineteen ninety-four" (broadcast transcripts)
        if (k > j && IsClass(k, WordClass.Cardinal) && SpelledYear(k, out var spelled) is int spelledEnd and > 0)
        {
            spec = Literal(TimexType.Date, spelled.Literal + "-" + new TimexDate(2000, TimeUnit.Season, part).ToString()[5..]);
            return spelledEnd;
        }

        spec = TimexSpec.FromCalendar(TimeUnit.Season, direction);
        spec.Part = part;
        return j;
    }

    /// <summary>"third-quarter", "first half", "fiscal first quarter", "the fourth quarter of 1989", "1989 third quarter".</summary>
    private int QuarterPhrase(int i, out TimexSpec spec) => QuarterPhrase(i, out spec, out _);

    private int QuarterPhrase(int i, out TimexSpec spec, out bool hyphenated)
    {
        spec = default;
        hyphenated = false;
        int j = i;
        int? year = null;
        if (IsClass(j, WordClass.Fiscal)) j++;
        if (PlainInt(j, out int y, out int dg) && dg == 4 && y is >= 1000 and <= 2100)
        {
            year = y;
            j++;
            if (IsApostrophe(j) && IsWord(j + 1, "s")) j += 2;
        }

        int yearOffset = 0;
        bool relativeYear = false;
        if (year is null && (IsCue(j, CueWord.This) || IsCue(j, CueWord.Last) || IsCue(j, CueWord.Next)) && IsClass(j + 1, WordClass.Unit) && W(j + 1).Unit == TimeUnit.Year
            && IsApostrophe(j + 2) && IsWord(j + 3, "s"))
        {
            relativeYear = true;
            yearOffset = IsCue(j, CueWord.Last) ? -1 : IsCue(j, CueWord.Next) ? 1 : 0;
            j += 4;
        }

        if (IsClass(j, WordClass.Fiscal)) j++;
        int ordinal;
        if (IsClass(j, WordClass.Ordinal)) ordinal = W(j).Value;
        else if (LeadingInt(j, out ordinal, out _) && IsOrdinalSuffix(Suffix(j))) { }
        else if (IsCue(j, CueWord.Last)) ordinal = 4;
        else return -1;
        j++;
        hyphenated = IsPunct(j, '-') && Glued(j);
        if (hyphenated) j++;
        if (!IsClass(j, WordClass.Unit)) return -1;
        var unit = W(j).Unit;
        if (unit == TimeUnit.Half && IsCue(j - (hyphenated ? 2 : 1), CueWord.Last)) ordinal = 2;
        if (unit is not (TimeUnit.Quarter or TimeUnit.Half)) return -1;
        if (ordinal < 1 || ordinal > (unit == TimeUnit.Quarter ? 4 : 2)) return -1;
        j++;
        int k = j;
        if (IsWord(k, "of"))
        {
            k++;
            // "the last half of the '80s": TIMEX3 has no half-decade, so the value is the decade.
            if (unit == TimeUnit.Half && year is null && !relativeYear && IsDeterminer(k, "the") && _t.Count > k + 1 && (_t[k + 1].Kind == DateTokenKind.Number || IsApostrophe(k + 1)))
            {
                int end = Numbers(k + 1, out var decade);
                if (end > 0 && decade.Kind == SpecKind.Literal && decade.Literal!.Length == 3) { spec = decade; return end; }
            }

            if (IsClass(k, WordClass.Fiscal)) k++;
            if (year is null && PlainInt(k, out y, out dg) && dg == 4 && y is >= 1000 and <= 2100) { year = y; j = k + 1; }
        }

        if (relativeYear)
        {
            spec = TimexSpec.FromShift(TimeUnit.Year, yearOffset);
            spec.PartUnit = unit;
            spec.Part = ordinal;
            return j;
        }

        spec = year is { } known
            ? Literal(TimexType.Date, new TimexDate(known, unit, ordinal).ToString())
            : TimexSpec.FromCalendar(unit, Direction.Auto);
        spec.Part = ordinal;
        return j;
    }

    /// <summary>"fiscal 1989", "fiscal year 1990", "FY1990" — TimeBank writes the fiscal year as its calendar year.</summary>
    private int FiscalYear(int i, out TimexSpec spec)
    {
        spec = default;
        if (!IsClass(i, WordClass.Fiscal)) return -1;
        int j = i + 1;
        if (IsClass(j, WordClass.Unit) && W(j).Unit == TimeUnit.Year) j++;
        if (PlainInt(j, out int year, out int digits) && digits == 4 && year is >= 1000 and <= 2100)
        {
            spec = Literal(TimexType.Date, year.ToString(CultureInfo.InvariantCulture));
            return j + 1;
        }

        return -1;
    }
}
