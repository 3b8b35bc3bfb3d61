namespace FactExtract.Dates;

/// <summary>Rules that start with a word: calendar names, deictic days, cue phrases, vague references.</summary>
internal sealed partial class TimexGrammar
{
    private int Words(int i, out TimexSpec spec)
    {
        spec = default;
        var w = W(i);
        switch (w.Class)
        {
            case WordClass.Month:
            case WordClass.MonthAbbrev:
                return MonthFirst(i, out spec);
            case WordClass.Weekday:
            case WordClass.WeekdayAbbrev:
                return WeekdayPhrase(i, Direction.Auto, out spec);
            case WordClass.WeekdayPlural:
                if (!Capitalized(i)) return -1;
                spec = Literal(TimexType.Set, new TimexDate(null, TimeUnit.Day, 0, 0, w.Value).ToString());
                return i + 1;
            case WordClass.RelativeDay:
                return RelativeDay(i, out spec);
            case WordClass.PartOfDay:
                return PartOfDayFirst(i, out spec);
            case WordClass.Holiday:
                return HolidayName(i, out spec);
            case WordClass.Reference:
                return Reference(i, out spec);
            case WordClass.Cue:
            {
                int end = CuePhrase(i, out spec);
                int q = QuarterPhrase(i, out var quarter);
                if (q > end) { spec = quarter; return q; }
                return end;
            }
            case WordClass.Ordinal:
                return QuarterPhrase(i, out spec);
            case WordClass.Fiscal:
            {
                int end = FiscalYear(i, out spec);
                int q = QuarterPhrase(i, out var quarter);
                if (q > end) { spec = quarter; return q; }
                return end;
            }
            case WordClass.Determiner when IsWord(i, "that") && IsClass(i + 1, WordClass.Unit) && W(i + 1).Unit is TimeUnit.Year or TimeUnit.Month && !IsPunct(i + 2, '-'):
                // "that year", "that month": the one the text last named.
                spec = Anaphoric(W(i + 1).Unit, 0);
                return i + 2;
            case WordClass.Determiner when IsWord(i, "these") && IsClass(i + 1, WordClass.UnitPlural) && W(i + 1).Unit == TimeUnit.Day:
                spec = Literal(TimexType.Date, "PRESENT_REF");
                return i + 2;
            case WordClass.SetAdverb:
                spec = Literal(TimexType.Set, new TimexDuration(1, w.Unit).ToString());
                return i + 1;
            case WordClass.Cardinal:
                return SpelledYear(i, out spec);
            case WordClass.Unit:
                return UnitCompound(i, out spec);
            case WordClass.UnitPlural:
                // "for years", "in months": a vague duration.
                if (i > 0 && (IsWord(i - 1, "for") || IsWord(i - 1, "in")) && W(i).Unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Decade or TimeUnit.Day or TimeUnit.Century)
                {
                    spec = Literal(TimexType.Duration, new TimexDuration(null, W(i).Unit).ToString());
                    return i + 1;
                }

                return -1;
            case WordClass.Season:
                // A bare season only after a preposition: "in summer", not "fall" the verb.
                if (i > 0 && IsClass(i - 1, WordClass.Preposition) && !IsWord(i, "fall")) return Season(i, Direction.Auto, out spec);
                if (PlainInt(i + 1, out _, out int digits) && digits == 4 || IsWord(i + 1, "of") && PlainInt(i + 2, out _, out _)) return Season(i, Direction.Auto, out spec);
                return -1;
            default:
                return -1;
        }
    }

    /// <summary>"today", "yesterday morning", "tonight", "tomorrow night".</summary>
    private int RelativeDay(int i, out TimexSpec spec)
    {
        int offset = W(i).Value;
        if (offset == 100)
        {
            spec = TimexSpec.FromShift(TimeUnit.Day, 0).WithTime(new TimexTime(-1, 0, PartOfDay.Night));
            return i + 1;
        }

        spec = TimexSpec.FromShift(TimeUnit.Day, offset);
        if (IsClass(i + 1, WordClass.PartOfDay))
        {
            spec = spec.WithTime(new TimexTime(-1, 0, (PartOfDay)W(i + 1).Value));
            return i + 2;
        }

        return i + 1;
    }

    /// <summary>
    /// "afternoon yesterday", "(mid-)morning Tuesday": a part of day written before its day, as a
    /// clock time is ("noon Saturday"). A bare part of day is left alone ("the afternoon session").
    /// </summary>
    private int PartOfDayFirst(int i, out TimexSpec spec)
    {
        spec = default;
        var part = (PartOfDay)W(i).Value;
        if (Span(i).EndsWith("s", StringComparison.OrdinalIgnoreCase) || IsWord(i, "overnight")) return -1;
        int end = -1;
        TimexSpec day = default;
        var w = W(i + 1);
        if (w.Class is WordClass.Weekday or WordClass.WeekdayAbbrev) end = WeekdayPhrase(i + 1, Direction.Auto, out day);
        else if (w.Class == WordClass.RelativeDay && w.Value != 100) { day = TimexSpec.FromShift(TimeUnit.Day, w.Value); end = i + 2; }
        if (end < 0 || !day.Time.IsNone) return -1;
        spec = day.WithTime(new TimexTime(-1, 0, part));
        return end;
    }

    /// <summary>now, currently, recently, soon, previously, "recent years" ...</summary>
    private int Reference(int i, out TimexSpec spec)
    {
        spec = default;
        var reference = (VagueReference)W(i).Value;
        switch (reference)
        {
            case VagueReference.Now:
                if (IsWord(i + 1, "that")) return -1;
                spec = Literal(TimexType.Date, "PRESENT_REF");
                return i + 1;
            case VagueReference.Currently:
                spec = Literal(TimexType.Date, "PRESENT_REF");
                return i + 1;
            case VagueReference.Recently:
                spec = Literal(TimexType.Date, "PAST_REF");
                return i + 1;
            case VagueReference.Soon:
                if (i > 0 && IsWord(i - 1, "as") || IsWord(i + 1, "as") || IsWord(i + 1, "after") || IsWord(i + 1, "thereafter")) return -1;
                spec = Literal(TimexType.Date, "FUTURE_REF");
                return i + 1;
            case VagueReference.Future:
                // "in future", "the future" (via the determiner rule); not the adjective in "future plans".
                if (i > 0 && IsWord(i - 1, "in") && !IsWordToken(i + 1) ) { spec = Literal(TimexType.Date, "FUTURE_REF"); return i + 1; }
                return -1;
            default:
                return -1;
        }
    }

    /// <summary>Phrases led by a cue: "last week", "next Friday", "this past Sunday", "recent years", "last night".</summary>
    private int CuePhrase(int i, out TimexSpec spec)
    {
        spec = default;
        var cue = (CueWord)W(i).Value;
        int j = i + 1;
        if (cue == CueWord.This && IsCue(j, CueWord.Past)) { cue = CueWord.Last; j++; }
        if (cue == CueWord.This && IsCue(j, CueWord.Coming)) { cue = CueWord.Next; j++; }

        if (cue == CueWord.Recent)
        {
            if (IsClass(j, WordClass.UnitPlural))
            {
                var unit = W(j).Unit;
                spec = unit is TimeUnit.Year or TimeUnit.Decade ? Literal(TimexType.Date, "PAST_REF") : Literal(TimexType.Duration, new TimexDuration(null, unit).ToString());
                return j + 1;
            }

            return -1;
        }

        if (cue is CueWord.Coming or CueWord.Past && IsClass(j, WordClass.UnitPlural) && j == i + 1)
        {
            // "in coming weeks" is a stretch of a few weeks (as "recent weeks"); "coming months" the future.
            if (cue == CueWord.Coming && W(j).Unit is TimeUnit.Week or TimeUnit.Day)
            {
                spec = Literal(TimexType.Duration, new TimexDuration(null, W(j).Unit).ToString());
                return j + 1;
            }

            spec = Literal(TimexType.Date, cue == CueWord.Coming ? "FUTURE_REF" : "PAST_REF");
            return j + 1;
        }

        int offset;
        Direction direction;
        switch (cue)
        {
            case CueWord.This: offset = 0; direction = Direction.This; break;
            case CueWord.Current: offset = 0; direction = Direction.This; break;
            case CueWord.Last: case CueWord.Past: case CueWord.Previous: offset = -1; direction = Direction.Last; break;
            case CueWord.Next: case CueWord.Coming: case CueWord.Following: offset = 1; direction = Direction.Next; break;
            default: return -1;
        }

        if (IsClass(j, WordClass.Fiscal) && IsClass(j + 1, WordClass.Unit) && W(j + 1).Unit == TimeUnit.Year) j++;
        var w = W(j);
        switch (w.Class)
        {
            case WordClass.Unit when w.Unit is TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Half or TimeUnit.Season:
                if (cue is CueWord.Following or CueWord.Previous) return -1;  // anaphoric: relative to another event
                spec = TimexSpec.FromShift(w.Unit, offset);
                // "last year's quarter", "last year's period": the compared quarter, a year before.
                if (cue == CueWord.Last && w.Unit == TimeUnit.Year && IsApostrophe(j + 1) && IsWord(j + 2, "s")
                    && (IsWord(j + 3, "period") || IsClass(j + 3, WordClass.Unit) && W(j + 3).Unit == TimeUnit.Quarter))
                {
                    spec.Part = YearAgoMarker;
                    return j + 4;
                }

                return j + 1;
            case WordClass.PartOfDay when cue is CueWord.This or CueWord.Last:
            {
                var part = (PartOfDay)w.Value;
                if (cue == CueWord.Last && part != PartOfDay.Night) return -1;
                spec = TimexSpec.FromShift(TimeUnit.Day, offset).WithTime(new TimexTime(-1, 0, part));
                return j + 1;
            }
            case WordClass.Weekday:
            case WordClass.WeekdayAbbrev:
                if (cue is CueWord.Current or CueWord.Previous or CueWord.Following) return -1;
                return WeekdayPhrase(j, direction, out spec);
            case WordClass.Month:
            case WordClass.MonthAbbrev:
            {
                if (cue is CueWord.Current or CueWord.Previous or CueWord.Following) return -1;
                int end = MonthWord(j, out int month, strict: false);
                if (end < 0) return -1;
                // "last Oct. 23", "next March 5": the day, on that side of the anchor.
                bool day = LeadingInt(end, out int dayOfMonth, out int digits) && digits <= 2 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(2000, month)
                           && (_t[end].Digits == _t[end].Length || IsOrdinalSuffix(Suffix(end))) && !IsPunct(end + 1, '%')
                           && !(IsClass(end + 1, WordClass.Unit) || IsClass(end + 1, WordClass.UnitPlural)) && !IsWord(end + 1, "percent");
                if (day)
                {
                    // "last April 20, 1998" names its year.
                    int dated = WithOptionalYear(end + 1, month, dayOfMonth, out spec);
                    if (spec.Kind == SpecKind.Literal) return dated;
                    spec = TimexSpec.FromCalendar(TimeUnit.Day, direction);
                    spec.Month = month;
                    spec.Day = dayOfMonth;
                    return end + 1;
                }

                spec = TimexSpec.FromCalendar(TimeUnit.Month, direction);
                spec.Month = month;
                return end;
            }
            case WordClass.Season:
                if (cue is CueWord.Current or CueWord.Previous or CueWord.Following) return -1;
                return Season(j, direction, out spec);
            default:
                return -1;
        }
    }

    /// <summary>"nineteen ninety-six", "two thousand": years read aloud (broadcast transcripts).</summary>
    private int SpelledYear(int i, out TimexSpec spec)
    {
        spec = default;
        int first = W(i).Value;
        int j = i + 1;
        int year;
        if (first is 19 or 20 && IsClass(j, WordClass.Cardinal) && W(j).Value is >= 10 and <= 90 && W(j).Value % 10 == 0 || first is 19 && IsClass(j, WordClass.Cardinal) && W(j).Value is >= 10 and < 20)
        {
            year = first * 100 + W(j).Value;
            j++;
            if (IsPunct(j, '-') && Glued(j) && IsClass(j + 1, WordClass.Cardinal) && W(j + 1).Value < 10) { year += W(j + 1).Value; j += 2; }
            else if (IsClass(j, WordClass.Cardinal) && W(j).Value < 10 && year % 10 == 0 && W(j - 1).Value >= 20) { year += W(j).Value; j++; }
        }
        else if (first == 2 && IsClass(j, WordClass.Cardinal) && W(j).Value == 1000 && (i > 0 && (IsWord(i - 1, "year") || IsClass(i - 1, WordClass.Preposition))))
        {
            year = 2000;
            j++;
        }
        else return -1;

        spec = Literal(TimexType.Date, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return j;
    }

    /// <summary>"year-earlier", "year-ago", "year-end", "year end": compounds led by a unit word.</summary>
    private int UnitCompound(int i, out TimexSpec spec)
    {
        spec = default;
        if (W(i).Unit != TimeUnit.Year) return -1;
        int j = i + 1;
        bool hyphen = IsPunct(j, '-') && Glued(j) && Glued(j + 1);
        if (hyphen) j++;
        if (IsCue(j, CueWord.Earlier) || IsCue(j, CueWord.Ago))
        {
            if (!hyphen) return -1;
            spec = TimexSpec.FromShift(TimeUnit.Year, -1);
            spec.Part = YearAgoMarker;
            return j + 1;
        }

        if (IsClass(j, WordClass.Modifier) && Mod(j) == PhaseModifier.End)
        {
            spec = TimexSpec.FromShift(TimeUnit.Year, 0);
            return j + 1;
        }

        return -1;
    }

    /// <summary>Marks "a year earlier"-style shifts, which WSJ earnings reports mean as the same quarter a year before.</summary>
    internal const int YearAgoMarker = -99;

    /// <summary>
    /// "Thanksgiving", "Christmas Day", "Christmas Eve", "Election Day", "Labor Day", "Memorial Day":
    /// a day placed like "Nov. 25" (by cue and tense), then moved to that year's holiday.
    /// </summary>
    private int HolidayName(int i, out TimexSpec spec)
    {
        spec = default;
        if (!Capitalized(i)) return -1;
        var holiday = (Holiday)W(i).Value;
        bool day = IsWord(i + 1, "Day") && Capitalized(i + 1);
        int end = day ? i + 2 : i + 1;
        if (holiday == Holiday.Christmas && IsWord(i + 1, "Eve") && Capitalized(i + 1)) { holiday = Holiday.ChristmasEve; end = i + 2; }
        if (holiday is Holiday.ElectionDay or Holiday.LaborDay or Holiday.MemorialDay && !day) return -1;
        // "Christmas Island", "Thanksgiving Parade": part of a name.
        if (end == i + 1 && i + 1 < _t.Count && _t[i + 1].Kind == DateTokenKind.Word && Capitalized(i + 1)) return -1;
        (int month, int typicalDay) = holiday switch
        {
            Holiday.Christmas => (12, 25),
            Holiday.ChristmasEve => (12, 24),
            Holiday.Thanksgiving => (11, 25),
            Holiday.ElectionDay => (11, 5),
            Holiday.LaborDay => (9, 4),
            _ => (5, 28),
        };
        spec = TimexSpec.FromCalendar(TimeUnit.Day, Direction.Auto);
        spec.Month = month;
        spec.Day = typicalDay;
        if (holiday is not (Holiday.Christmas or Holiday.ChristmasEve)) spec.Holiday = holiday;
        // A holiday is an event's name: "in the run-up to Christmas, the report said" looks a season ahead, as "the July 1 handover" does.
        spec.NamesEvent = true;
        return end;
    }
}
