namespace FactExtract.Dates;

/// <summary>Rules that need a leading "the": "the past", "the end of the year", "the third quarter", "the first nine months".</summary>
internal sealed partial class TimexGrammar
{
    /// <summary>Matches what follows "the" at <paramref name="j"/>; the extent then starts at the determiner.</summary>
    private int AfterThe(int j, out TimexSpec spec)
    {
        spec = default;
        int best = -1;
        var w = W(j);

        // the past / the future / the near future / the present
        if (w.IsCue(CueWord.Past) && !StartsAmountOrUnit(j + 1)) { spec = Literal(TimexType.Date, "PAST_REF"); return j + 1; }
        if (IsWord(j, "near") && IsClass(j + 1, WordClass.Reference) && W(j + 1).Value == (int)VagueReference.Future) { spec = Literal(TimexType.Date, "FUTURE_REF"); return j + 2; }
        if (w.Class == WordClass.Reference && w.Value == (int)VagueReference.Future) { spec = Literal(TimexType.Date, "FUTURE_REF"); return j + 1; }
        if (w.Class == WordClass.Reference && w.Value == (int)VagueReference.Present) { spec = Literal(TimexType.Date, "PRESENT_REF"); return j + 1; }

        // the summer, the summer of 1998
        if (w.Class == WordClass.Season) return Season(j, Direction.Auto, out spec);

        // the near term, the short term, the long term
        if ((IsWord(j, "near") || IsWord(j, "short") || IsWord(j, "long")) && IsWord(j + 1, "term")) { spec = Literal(TimexType.Date, "FUTURE_REF"); return j + 2; }

        // the weekend
        if (w.Class == WordClass.Unit && w.Unit == TimeUnit.Weekend) { spec = TimexSpec.FromShift(TimeUnit.Weekend, 0); return j + 1; }

        // the year-earlier quarter, the comparable year-ago period, the year-ago third quarter
        int c = IsWord(j, "comparable") || IsWord(j, "corresponding") || IsWord(j, "same") ? j + 1 : j;
        // the same period last year, the corresponding quarter a year ago, the same month last year;
        // without the adjective only a quarter or a period ("the quarter a year ago", "the period last year")
        if (IsWord(c, "period") || IsClass(c, WordClass.Unit) && (W(c).Unit == TimeUnit.Quarter || c > j && W(c).Unit == TimeUnit.Month))
        {
            int k = c + 1;
            if (IsCue(k, CueWord.Last) && IsClass(k + 1, WordClass.Unit) && W(k + 1).Unit == TimeUnit.Year) k += 2;
            else if ((IsDeterminer(k, "a") || IsWord(k, "one")) && IsClass(k + 1, WordClass.Unit) && W(k + 1).Unit == TimeUnit.Year
                     && (IsCue(k + 2, CueWord.Ago) || IsCue(k + 2, CueWord.Earlier))) k += 3;
            if (k > c + 1) { spec = TimexSpec.FromShift(TimeUnit.Year, -1); spec.Part = YearAgoMarker; return k; }
        }

        // the quarter (the one just reported, in earnings news); "the quarter ended July 31" is the one that ended then
        if (w.Class == WordClass.Unit && w.Unit == TimeUnit.Quarter && !IsWord(j + 1, "of"))
        {
            spec = QuarterEndedOn(j + 1) is { } ended ? ended : ReportedQuarter();
            return j + 1;
        }

        // the end / beginning / middle / rest of X
        if (w.Class == WordClass.Modifier && Mod(j) is PhaseModifier.End or PhaseModifier.Beginning or PhaseModifier.Start or PhaseModifier.Middle or PhaseModifier.Rest && IsWord(j + 1, "of"))
        {
            int end = PeriodAfterOf(j + 2, out spec);
            if (end > 0) return end;
        }

        // the latest / current quarter, the latest period, the year-earlier quarter
        if (w.IsCue(CueWord.Latest) && IsClass(j + 1, WordClass.Unit) && W(j + 1).Unit == TimeUnit.Quarter || w.IsCue(CueWord.Latest) && IsWord(j + 1, "period"))
        { spec = ReportedQuarter(); return j + 2; }
        if (w.IsCue(CueWord.Current) && IsClass(j + 1, WordClass.Unit) && W(j + 1).Unit is TimeUnit.Quarter or TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Season or TimeUnit.Half)
        { spec = TimexSpec.FromShift(W(j + 1).Unit, 0); return j + 2; }
        if (w.IsCue(CueWord.Current) && IsClass(j + 1, WordClass.Fiscal) && IsClass(j + 2, WordClass.Unit))
        { spec = TimexSpec.FromShift(W(j + 2).Unit, 0); return j + 3; }

        if (IsClass(c, WordClass.Unit) && W(c).Unit == TimeUnit.Year && IsPunct(c + 1, '-') && Glued(c + 1) && (IsCue(c + 2, CueWord.Earlier) || IsCue(c + 2, CueWord.Ago)))
        {
            int k = c + 3;
            if (IsClass(k, WordClass.Ordinal) && W(k).Value is >= 1 and <= 4 && IsClass(k + 1, WordClass.Unit) && W(k + 1).Unit == TimeUnit.Quarter)
            {
                spec = TimexSpec.FromShift(TimeUnit.Year, -1);
                spec.PartUnit = TimeUnit.Quarter;
                spec.Part = W(k).Value;
                return k + 2;
            }

            if (IsClass(k, WordClass.Unit) && W(k).Unit == TimeUnit.Quarter || IsWord(k, "period"))
            { spec = TimexSpec.FromShift(TimeUnit.Year, -1); spec.Part = YearAgoMarker; return k + 1; }
        }

        // the 1988 quarter, the 1989 period: the reported quarter, of that year
        if (PlainInt(j, out int named, out int width) && width == 4 && named is >= 1900 and <= 2100
            && (IsClass(j + 1, WordClass.Unit) && W(j + 1).Unit == TimeUnit.Quarter || IsWord(j + 1, "period")))
        { spec = ReportedQuarter(); spec.Year = named; return j + 2; }

        // the year 2000, the year two thousand
        if (w.Class == WordClass.Unit && w.Unit == TimeUnit.Year)
        {
            if (PlainInt(j + 1, out int year, out int digits) && digits == 4) { spec = Literal(TimexType.Date, year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)); return j + 2; }
            if (IsClass(j + 1, WordClass.Cardinal)) { int end = SpelledYear(j + 1, out spec); if (end > 0) return end; }
        }

        // the year, the full year, the fiscal year
        int y = IsWord(j, "full") ? j + 1 : j;
        if (IsClass(y, WordClass.Fiscal)) y++;
        if (IsClass(y, WordClass.Unit) && W(y).Unit == TimeUnit.Year && !Capitalized(y)) { int end = TheYear(y, out spec); if (end > 0) return end; }

        // the third quarter, the fiscal first quarter, the first half of 1990
        int quarterEnd = QuarterPhrase(j, out var q, out bool adjective);
        if (!adjective) Consider(quarterEnd, q, ref best, ref spec);

        // the 1990s, the 20th century, the twentieth century
        if (IsClass(j, WordClass.Ordinal) && IsClass(j + 1, WordClass.Unit) && W(j + 1).Unit == TimeUnit.Century && W(j).Value <= 21)
        { spec = Literal(TimexType.Date, (W(j).Value - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)); return j + 2; }
        if (_t.Count > j && _t[j].Kind == DateTokenKind.Number || IsApostrophe(j))
        {
            int end = Numbers(j, out var n);
            if (end > 0 && n.Kind == SpecKind.Literal && n.Literal!.Length <= 3) Consider(end, n, ref best, ref spec);
        }

        // the following year, the previous month, the next day, the same year: from the date named last
        if ((w.IsCue(CueWord.Following) || w.IsCue(CueWord.Previous) || IsWord(j, "same") || w.IsCue(CueWord.Next) && IsClass(j + 1, WordClass.Unit) && W(j + 1).Unit == TimeUnit.Day)
            && IsClass(j + 1, WordClass.Unit) && (W(j + 1).Unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day
                || W(j + 1).Unit == TimeUnit.Quarter && (w.IsCue(CueWord.Following) || w.IsCue(CueWord.Previous))))
        {
            spec = Anaphoric(W(j + 1).Unit, w.IsCue(CueWord.Previous) ? -1 : IsWord(j, "same") ? 0 : 1);
            return j + 2;
        }

        // the nineties, the sixties: a decade of the 20th century, as news writes them
        int decade = DecadeWord(j);
        if (decade > 0 && !Capitalized(j)) { spec = Literal(TimexType.Date, "19" + (char)('0' + decade)); return j + 1; }

        // the previous Friday, the following Monday: that weekday before / after the day named last
        if ((w.IsCue(CueWord.Following) || w.IsCue(CueWord.Previous)) && IsClass(j + 1, WordClass.Weekday))
        {
            int end = WeekdayPhrase(j + 1, w.IsCue(CueWord.Previous) ? Direction.Last : Direction.Next, out spec);
            if (end > 0 && spec.Kind == SpecKind.Calendar && spec.Weekday != 0) { spec.Anaphoric = true; return end; }
        }

        // the past two months, the next three years, the first nine months, the six months, the past year
        Consider(TheDuration(j, out var d), d, ref best, ref spec);
        return best;
    }

    /// <summary>
    /// "the year" (token <paramref name="y"/>) in running news text is the anchor's year ("sales for the
    /// year"); "the year ended Sept. 30" is a reporting period, a duration. "the year before",
    /// "the year-ago quarter" and "the year's best" are left to other rules.
    /// </summary>
    private int TheYear(int y, out TimexSpec spec)
    {
        spec = default;
        int next = y + 1;
        if (IsPunct(next, '-') || IsApostrophe(next) || IsCue(next, CueWord.Before) || IsCue(next, CueWord.After) || IsCue(next, CueWord.Earlier)
            || IsCue(next, CueWord.Ago) || IsCue(next, CueWord.Later) || IsCue(next, CueWord.Prior) || IsWord(next, "that") || IsWord(next, "when") || IsWord(next, "in")) return -1;
        // "the year to March": British usage for the twelve months ending then, a reporting period.
        if (IsCue(next, CueWord.Ended) || IsCue(next, CueWord.Ending) || IsWord(next, "ends") || IsWord(next, "to") && IsClass(next + 1, WordClass.Month))
        {
            spec = Literal(TimexType.Duration, new TimexDuration(1, TimeUnit.Year).ToString());
            return next;
        }

        spec = TimexSpec.FromShift(TimeUnit.Year, 0);
        return next;
    }

    /// <summary>
    /// "[the quarter] ended July 31": a company's quarter is the three months up to that day, so it is
    /// the calendar quarter holding most of them (the one of its middle month: May–July is the second
    /// quarter). A 13-week quarter ending in a month's first week ("ended Oct. 1") ends with the month
    /// before. "ended" lies in the past; "ending" is placed like any quarter. Null when no such day follows.
    /// </summary>
    private TimexSpec? QuarterEndedOn(int next)
    {
        bool ended = IsCue(next, CueWord.Ended);
        if (!ended && !IsCue(next, CueWord.Ending)) return null;
        int k = MonthWord(next + 1, out int month, strict: false);
        if (k < 0 || !PlainInt(k, out int day, out int digits) || digits > 2 || day is < 1 or > 31) return null;
        int lastMonth = day <= 7 ? (month + 10) % 12 + 1 : month;
        int middle = (lastMonth + 10) % 12 + 1;
        int quarter = (middle - 1) / 3 + 1;
        // "ended Sept. 30, 1988": the year is written; a quarter whose middle month lies in the year before
        // ("ended Jan. 31, 1989": November to January) belongs to that year.
        int y = IsPunct(k + 1, ',') ? k + 2 : k + 1;
        if (PlainInt(y, out int year, out int yearDigits) && yearDigits == 4 && year is >= 1000 and <= 2100)
            return Literal(TimexType.Date, new TimexDate(middle > lastMonth ? year - 1 : year, TimeUnit.Quarter, quarter).ToString());
        var spec = TimexSpec.FromCalendar(TimeUnit.Quarter, ended ? Direction.Last : Direction.Auto);
        spec.Part = quarter;
        return spec;
    }

    /// <summary>The quarter an earnings report is about: the last one completed, unless the text named one.</summary>
    private static TimexSpec ReportedQuarter()
    {
        var spec = TimexSpec.FromShift(TimeUnit.Quarter, -1);
        spec.ReportedQuarter = true;
        return spec;
    }

    private static TimexSpec Anaphoric(TimeUnit unit, int offset)
    {
        var spec = TimexSpec.FromShift(unit, offset);
        spec.Anaphoric = true;
        return spec;
    }

    /// <summary>2 for "twenties" … 9 for "nineties"; 0 for any other word.</summary>
    private int DecadeWord(int j)
    {
        if (j >= _n || _t[j].Kind != DateTokenKind.Word || _t[j].Length is < 7 or > 8) return 0;
        var w = Span(j);
        if (!w.EndsWith("ties", StringComparison.OrdinalIgnoreCase)) return 0;
        ReadOnlySpan<string> names = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (int k = 0; k < names.Length; k++)
            if (w.Equals(names[k], StringComparison.OrdinalIgnoreCase)) return k + 2;
        return 0;
    }

    /// <summary>"… or so" belongs to the approximate amount before it.</summary>
    private int OrSo(int end) => IsWord(end, "or") && IsWord(end + 1, "so") ? end + 2 : end;

    private bool StartsAmountOrUnit(int j) => Amount(j, out _) > 0 && !IsDeterminer(j, "a") || IsClass(j, WordClass.Unit) || IsClass(j, WordClass.UnitPlural);

    /// <summary>After "the end of": "the year", "this month", "1990", "November", "the third quarter".</summary>
    private int PeriodAfterOf(int j, out TimexSpec spec)
    {
        spec = default;
        if (IsDeterminer(j, "the"))
        {
            if (IsClass(j + 1, WordClass.Unit) && W(j + 1).Unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Quarter or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Day)
            {
                spec = TimexSpec.FromShift(W(j + 1).Unit, 0);
                return j + 2;
            }

            return AfterThe(j + 1, out spec);
        }

        return Core(j, out spec);
    }

    /// <summary>Durations after "the": "the past two months", "the first nine months", "the next year", "the last 24 hours".</summary>
    private int TheDuration(int j, out TimexSpec spec)
    {
        spec = default;
        int k = j;
        // "the latest nine months", "the year-earlier nine months": a reporting period, measured.
        if (IsCue(k, CueWord.Latest) && !IsClass(k + 1, WordClass.Unit)) return MeasuredPeriod(k + 1, out spec);
        if (IsClass(k, WordClass.Unit) && W(k).Unit == TimeUnit.Year && IsPunct(k + 1, '-') && Glued(k + 1) && (IsCue(k + 2, CueWord.Earlier) || IsCue(k + 2, CueWord.Ago)))
            return MeasuredPeriod(k + 3, out spec);
        if (IsCue(k, CueWord.Past) || IsCue(k, CueWord.Last) || IsCue(k, CueWord.Next) || IsCue(k, CueWord.Coming) || IsCue(k, CueWord.Previous)
            || IsCue(k, CueWord.Following) || IsClass(k, WordClass.Ordinal) && W(k).Value == 1 || IsCue(k, CueWord.Recent))
            k++;
        bool cued = k > j;
        if (cued && IsClass(k, WordClass.Unit))
        {
            var unit = W(k).Unit;
            // "the next day" and "the following week" point at a day relative to an event, not a duration.
            if (unit is TimeUnit.Day or TimeUnit.Weekend || IsCue(j, CueWord.Following) || IsClass(j, WordClass.Ordinal)) return -1;
            if (IsCue(j, CueWord.Next) && unit is TimeUnit.Week or TimeUnit.Month) return -1;
            // "the past year", "the last decade", "the next year": the calendar year or decade before or
            // after the anchor's, as "last year" (TimeML DATE), not an amount of time.
            // "the past week" and "the past month" likewise name last week and last month.
            if (unit is TimeUnit.Year or TimeUnit.Decade && (IsCue(j, CueWord.Past) || IsCue(j, CueWord.Last) || IsCue(j, CueWord.Next) || IsCue(j, CueWord.Coming))
                || unit is TimeUnit.Week or TimeUnit.Month && (IsCue(j, CueWord.Past) || IsCue(j, CueWord.Last)))
            {
                spec = TimexSpec.FromShift(unit, IsCue(j, CueWord.Next) || IsCue(j, CueWord.Coming) ? 1 : -1);
                return OrSo(k + 1);
            }

            spec = Literal(TimexType.Duration, new TimexDuration(1, unit).ToString());
            return OrSo(k + 1);
        }

        int end = Quantity(k, out var amount);
        if (end < 0 || IsDeterminer(k, "a") || IsDeterminer(k, "an")) return -1;
        if (IsPunct(end, '-') && Glued(end)) end++;
        if (!IsClass(end, WordClass.UnitPlural) && !(IsClass(end, WordClass.Unit) && amount == 1)) return -1;
        // "the last few months", "the past several quarters": an unmeasured stretch up to now is a vague past;
        // "the past few weeks" is annotated as the stretch itself (PXW), as TimeBank does.
        if (amount is null && IsClass(k, WordClass.VagueAmount) && !(IsCue(j, CueWord.Past) && IsWord(k, "few")))
        {
            if (IsCue(j, CueWord.Past) || IsCue(j, CueWord.Last)) { spec = Literal(TimexType.Date, "PAST_REF"); return OrSo(end + 1); }
        }
        // "the first two quarters of 1990" is that year's first half, a calendar period like "the first half of 1990".
        if (amount == 2 && W(end).Unit == TimeUnit.Quarter && (IsClass(j, WordClass.Ordinal) || IsCue(j, CueWord.Last)) && IsWord(end + 1, "of")
            && PlainInt(end + 2, out int year, out int digits) && digits == 4 && year is >= 1000 and <= 2100)
        {
            spec = Literal(TimexType.Date, new TimexDate(year, TimeUnit.Half, IsCue(j, CueWord.Last) ? 2 : 1).ToString());
            return end + 3;
        }

        spec = Literal(TimexType.Duration, new TimexDuration(amount, W(end).Unit).ToString());
        return OrSo(end + 1);
    }

    /// <summary>"nine months" at <paramref name="k"/> after "the latest" / "the year-earlier": the period's length.</summary>
    private int MeasuredPeriod(int k, out TimexSpec spec)
    {
        spec = default;
        int end = Quantity(k, out var amount);
        if (end < 0 || amount is null || IsDeterminer(k, "a") || IsDeterminer(k, "an") || !IsClass(end, WordClass.UnitPlural)) return -1;
        spec = Literal(TimexType.Duration, new TimexDuration(amount, W(end).Unit).ToString());
        return end + 1;
    }
}
