namespace FactExtract.Dates;

/// <summary>
/// Turns a <see cref="TimexSpec"/> into a TIMEX3 value against an anchor date. With no anchor,
/// relative expressions stay underspecified (<c>XXXX-07</c>, <c>XXXX-XX-XX</c>).
/// </summary>
internal static class TimexResolver
{
    public static string Resolve(in TimexSpec spec, DateOnly? anchor, Tense tense) => spec.Kind switch
    {
        SpecKind.Literal => spec.Literal ?? "",
        SpecKind.Shift => Shift(spec, WeekendAnchor(spec, anchor, tense)) + spec.Time,
        _ => Calendar(spec, anchor, tense) + spec.Time,
    };

    /// <summary>"the weekend" said early in the week is the one just past, unless the sentence looks ahead.</summary>
    private static DateOnly? WeekendAnchor(in TimexSpec spec, DateOnly? anchor, Tense tense) =>
        spec.Unit == TimeUnit.Weekend && spec.Offset == 0 && tense != Tense.Future && anchor is { } a && a.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Wednesday
            ? a.AddDays(-7)
            : anchor;

    private static string Shift(in TimexSpec spec, DateOnly? anchor)
    {
        if (anchor is not { Year: >= 2 and <= 9997 } a) return new TimexDate(null, spec.Unit).ToString();
        int o = spec.Offset;
        // "5,000 years ago" leaves the calendar DateOnly can hold: say only which side of now it is.
        long years = spec.Unit switch { TimeUnit.Year => o, TimeUnit.Decade => 10L * o, TimeUnit.Century => 100L * o, TimeUnit.Millennium => 1000L * o, _ => o / 365 };
        if (a.Year + years is < 1 or > 9998) return o < 0 ? "PAST_REF" : "FUTURE_REF";
        DateOnly d = spec.Unit switch
        {
            TimeUnit.Day or TimeUnit.PartOfDay => a.AddDays(o),
            TimeUnit.Week or TimeUnit.Weekend => a.AddDays(7 * o),
            TimeUnit.Fortnight => a.AddDays(14 * o),
            TimeUnit.Month => a.AddMonths(o),
            TimeUnit.Season or TimeUnit.Quarter => a.AddMonths(3 * o),
            TimeUnit.Half => a.AddMonths(6 * o),
            TimeUnit.Year => a.AddYears(o),
            TimeUnit.Decade => a.AddYears(10 * o),
            TimeUnit.Century => a.AddYears(100 * o),
            TimeUnit.Millennium => a.AddYears(1000 * o),
            _ => a,
        };
        if (spec.Year != 0) d = new DateOnly(spec.Year, d.Month, Math.Min(d.Day, DateTime.DaysInMonth(spec.Year, d.Month)));
        if (spec.Part > 0 && spec.PartUnit is TimeUnit.Quarter or TimeUnit.Half) return new TimexDate(d.Year, spec.PartUnit, spec.Part).ToString();
        if (spec.Month != 0) return new TimexDate(d.Year, spec.Day != 0 ? TimeUnit.Day : TimeUnit.Month, spec.Month, spec.Day).ToString();
        return At(d, spec.Unit).ToString();
    }

    /// <summary>The period of the given granularity that contains <paramref name="d"/>.</summary>
    public static TimexDate At(DateOnly d, TimeUnit unit) => unit switch
    {
        TimeUnit.Week or TimeUnit.Fortnight => TimexDate.OfWeek(d),
        TimeUnit.Weekend => TimexDate.OfWeek(d, TimeUnit.Weekend),
        TimeUnit.Month => new TimexDate(d.Year, TimeUnit.Month, d.Month),
        TimeUnit.Season => SeasonOf(d),
        TimeUnit.Quarter => new TimexDate(d.Year, TimeUnit.Quarter, (d.Month + 2) / 3),
        TimeUnit.Half => new TimexDate(d.Year, TimeUnit.Half, d.Month <= 6 ? 1 : 2),
        TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Millennium => new TimexDate(d.Year, unit),
        _ => TimexDate.OfDay(d),
    };

    private static TimexDate SeasonOf(DateOnly d)
    {
        // Winter belongs to the year it starts in only for December; January and February winter is the year's own.
        int season = d.Month switch { 3 or 4 or 5 => 1, 6 or 7 or 8 => 2, 9 or 10 or 11 => 3, _ => 4 };
        return new TimexDate(d.Year, TimeUnit.Season, season);
    }

    private static string Calendar(TimexSpec spec, DateOnly? anchor, Tense tense)
    {
        if (anchor is { Year: < 2 or > 9997 }) anchor = null;
        if (spec.Weekday != 0) return Weekday(spec, anchor, tense);
        if (anchor is null && spec.Holiday != Holiday.None) return new TimexDate(null, TimeUnit.Month, spec.Month).ToString();
        if (anchor is not { } a)
            return new TimexDate(null, spec.Unit, spec.Unit is TimeUnit.Day or TimeUnit.Month ? spec.Month : spec.Part, spec.Day).ToString();

        // Each calendar item is placed by its start day; pick the year by cue, tense, or nearness.
        DateOnly StartIn(int year) => spec.Unit switch
        {
            TimeUnit.Day => new DateOnly(year, spec.Month, Math.Min(spec.Day, DateTime.DaysInMonth(year, spec.Month))),
            TimeUnit.Month => new DateOnly(year, spec.Month, 1),
            TimeUnit.Quarter => new DateOnly(year, 3 * spec.Part - 2, 1),
            TimeUnit.Half => new DateOnly(year, 6 * spec.Part - 5, 1),
            TimeUnit.Season => new DateOnly(year, spec.Part == 4 ? 12 : 3 * spec.Part, 1),
            _ => new DateOnly(year, 1, 1),
        };

        // The period containing the anchor counts as "this" one, for months, quarters and seasons alike.
        DateOnly EndIn(int year) => spec.Unit switch
        {
            TimeUnit.Day => StartIn(year),
            TimeUnit.Month => StartIn(year).AddMonths(1).AddDays(-1),
            TimeUnit.Quarter or TimeUnit.Season => StartIn(year).AddMonths(3).AddDays(-1),
            TimeUnit.Half => StartIn(year).AddMonths(6).AddDays(-1),
            _ => StartIn(year),
        };

        int y = a.Year;
        int chosen = y;
        switch (spec.Direction)
        {
            case Direction.This:
                // "this winter" in January is the winter that began in December.
                if (spec.Unit == TimeUnit.Season && spec.Part == 4 && a.Month <= 2) chosen = y - 1;
                break;
            case Direction.Last:
                chosen = EndIn(y) < a ? y : y - 1;
                if (spec.Unit == TimeUnit.Season && StartIn(chosen) <= a && a <= EndIn(chosen)) chosen--;
                break;
            case Direction.Next:
                chosen = StartIn(y) > a ? y : y + 1;
                break;
            default:
                if (spec.Unit is TimeUnit.Quarter or TimeUnit.Half)
                {
                    // Quarters and halves are reported within their year: "the fourth quarter" is this year's
                    // unless the sentence looks ahead past it or back before it began.
                    if (tense == Tense.Past && StartIn(y) > a) chosen = y - 1;
                }
                else if (spec.StatedWeekday != 0 || tense is Tense.Unknown or Tense.Present)
                {
                    chosen = Nearest(y, a, tense, StartIn, EndIn, spec.StatedWeekday);
                }
                else
                {
                    // As HeidelTime: the anchor's year, unless the tense puts the date on the other side
                    // (a past-tense sentence may still name a date within the next month, or within the next
                    // season when the date names an event: "set up a body to plan the July 1 handover").
                    if (tense == Tense.Past && StartIn(y) > a.AddDays(spec.NamesEvent ? EventSlackDays : PastSlackDays)) chosen = y - 1;
                    else if (tense == Tense.Future && EndIn(y) < a) chosen = y + 1;
                }

                break;
        }

        if (spec.Holiday != Holiday.None) return TimexDate.OfDay(HolidayIn(chosen, spec.Holiday)).ToString();
        int part = spec.Unit is TimeUnit.Day or TimeUnit.Month ? spec.Month : spec.Part;
        return new TimexDate(chosen, spec.Unit, part, spec.Day).ToString();
    }

    /// <summary>The day a moving holiday falls on in <paramref name="year"/> (US rules).</summary>
    private static DateOnly HolidayIn(int year, Holiday holiday) => holiday switch
    {
        Holiday.Thanksgiving => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
        Holiday.ElectionDay => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),
        Holiday.LaborDay => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        _ => LastMondayOfMay(year),
    };

    private static DateOnly LastMondayOfMay(int year)
    {
        var fifth = NthWeekday(year, 5, DayOfWeek.Monday, 5);
        return fifth.Month == 5 ? fifth : fifth.AddDays(-7);
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    private const int TensePenaltyDays = 60;

    /// <summary>How far ahead of the anchor a past-tense sentence may still name a date of the anchor's year.</summary>
    private const int PastSlackDays = 31;

    /// <summary>The same for a date naming an event ("the July 1 handover"), whose tense the clause does not give.</summary>
    private const int EventSlackDays = 92;

    private static int Nearest(int y, DateOnly a, Tense tense, Func<int, DateOnly> start, Func<int, DateOnly> end, int statedWeekday)
    {
        int best = y;
        int bestDistance = int.MaxValue;
        for (int year = y - 1; year <= y + 1; year++)
        {
            var s = start(year);
            var e = end(year);
            int distance = a < s ? s.DayNumber - a.DayNumber : a > e ? a.DayNumber - e.DayNumber : 0;
            // Tense is a noisy cue (a past-tense sentence can still name next month's deadline), so it
            // only tips the balance between occurrences at similar distances.
            if (tense == Tense.Past && s > a || tense is Tense.Future or Tense.Present && e < a) distance += TensePenaltyDays;
            // "Saturday, April 25" names the year in which April 25 is a Saturday.
            if (statedWeekday != 0 && IsoWeekday(s) != statedWeekday) distance += 100_000;
            if (distance < bestDistance) { bestDistance = distance; best = year; }
        }

        return best;
    }

    private static int IsoWeekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    private static string Weekday(in TimexSpec spec, DateOnly? anchor, Tense tense)
    {
        if (anchor is not { } a) return new TimexDate(null, TimeUnit.Day, 0, 0, spec.Weekday).ToString();
        int today = a.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)a.DayOfWeek;
        int forward = (spec.Weekday - today + 7) % 7;   // 0..6 days ahead
        int backward = (today - spec.Weekday + 7) % 7;  // 0..6 days back
        int delta = spec.Direction switch
        {
            Direction.This => spec.Weekday - today,               // the same ISO week
            Direction.Next => forward == 0 ? 7 : forward,          // never the anchor itself, never the past
            Direction.Last => backward == 0 ? -7 : -backward,
            Direction.Nearest => tense == Tense.Future || forward <= backward ? forward : -backward,
            _ => tense switch
            {
                // A future weekday named on that very day is the day itself ("is due to leave Wednesday"
                // in a Wednesday report): newswire names the day rather than saying "today".
                Tense.Future => forward,
                Tense.Past => -backward,
                // News with no tense cue mostly reports what happened: the latest such day up to the anchor.
                _ => -backward,
            },
        };
        return TimexDate.OfDay(a.AddDays(delta)).ToString();
    }
}
