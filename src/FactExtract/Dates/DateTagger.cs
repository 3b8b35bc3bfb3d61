using FactExtract.Text;

namespace FactExtract.Dates;

/// <summary>
/// Finds temporal expressions and normalises them to TIMEX3 values. Recognition runs first over
/// the whole text; then the anchor is chosen (caller's reference date, else a dateline, else
/// the narrative's latest present date) and every expression is resolved against it.
/// </summary>
internal sealed class DateTagger : IProcess
{
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken) =>
        Tag(document.Text, document.ReferenceDate, document.Dates, date => document.ReferenceDate = date, document.Scratch<DateScratch>());

    /// <summary>Tags <paramref name="text"/>; calls <paramref name="anchorFound"/> when the anchor was read from the text.</summary>
    public static void Tag(string text, DateOnly? referenceDate, List<DateMention> output, Action<DateOnly>? anchorFound = null, DateScratch? scratch = null)
    {
        scratch ??= new DateScratch();
        var tokens = scratch.Tokens;
        tokens.Clear();
        tokens.EnsureCapacity(text.Length / 5 + 4);
        DateLexer.Lex(text, tokens);
        var matches = scratch.Matches;
        matches.Clear();
        new TimexGrammar(text, tokens).Recognize(matches);
        if (matches.Count == 0) return;

        DateOnly? anchor = referenceDate;
        string anchorSource = "reference-date";
        if (anchor is null && AnchorFinder.Find(text, tokens, matches) is { } found)
        {
            anchor = found.Date;
            anchorSource = found.Source;
            anchorFound?.Invoke(found.Date);
        }

        int firstOutput = output.Count;
        var comparisons = scratch.Comparisons;
        comparisons.Clear();
        foreach (var m in matches)
        {
            var spec = m.Spec;
            string value;
            if (spec.Kind == SpecKind.Literal)
            {
                value = spec.Literal!;
            }
            else
            {
                var tense = TenseDetector.Detect(text, tokens, m.FirstToken, m.EndToken);
                if (spec.Kind == SpecKind.Calendar && spec.Weekday == 0 && spec.Unit is TimeUnit.Day or TimeUnit.Month && TenseDetector.DeadlineBefore(text, tokens, m.FirstToken) is { } deadline)
                    tense = deadline == Tense.Unknown && tense == Tense.Future ? tense : deadline;  // "will double its flights by August" stays ahead
                else if (spec.Kind == SpecKind.Calendar && spec.Weekday != 0 && spec.Direction == Direction.Auto && TenseDetector.WeekdayBoundBefore(text, tokens, m.FirstToken) is { } bound)
                {
                    if (bound != Tense.Unknown) tense = bound;
                    else spec.Direction = Direction.Nearest;
                }
                else if (spec.Kind == SpecKind.Calendar && spec.Weekday == 0 && spec.Unit is TimeUnit.Day or TimeUnit.Month && TenseDetector.NamesAnEvent(text, tokens, m.FirstToken, m.EndToken))
                    spec.NamesEvent = true;
                if (spec.Part == TimexGrammar.YearAgoMarker && anchor is not null)
                {
                    value = SameDateYearBefore(text, tokens, m, output, firstOutput)
                            ?? SameQuarterYearBefore(text, m, anchor, output, firstOutput, comparisons) ?? TimexResolver.Resolve(spec, anchor, tense);
                    comparisons.Add(output.Count);
                }
                else if (spec.Kind == SpecKind.Shift && spec.Offset != 0 && spec.Unit is TimeUnit.Day or TimeUnit.Week && spec.Time.IsNone
                         && text.AsSpan(m.Start, m.End - m.Start).EndsWith("earlier", StringComparison.OrdinalIgnoreCase)
                         && SameSentenceDay(text, tokens, m, output, firstOutput) is { } named)
                {
                    // "revoked the licence on October 30, after the crash one day earlier": counted from that day.
                    value = TimexResolver.Resolve(spec, named, tense);
                }
                else if (spec.ReportedQuarter && NamedQuarter(output, firstOutput, comparisons, anchor) is { } reported)
                {
                    // "posted fiscal first-quarter net of … Sales in the quarter rose": the quarter named before.
                    value = spec.Year != 0 ? new TimexDate(spec.Year, TimeUnit.Quarter, reported.Part).ToString() : reported.ToString();
                }
                else if (spec.Anaphoric)
                {
                    value = TimexResolver.Resolve(spec, LastNamedDate(output, firstOutput, spec.Unit, comparisons) ?? anchor, tense);
                }
                else if (spec.Kind == SpecKind.Calendar && spec.Weekday == 0 && spec.Holiday == Holiday.None && spec.Direction == Direction.Auto
                         && spec.Unit is TimeUnit.Day or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Half or TimeUnit.Season
                         && (TrailingRelativeYear(text, tokens, m.EndToken, anchor) ?? OpeningYear(text, tokens, m.FirstToken)) is { } framed)
                {
                    value = new TimexDate(framed, spec.Unit, spec.Unit is TimeUnit.Day or TimeUnit.Month ? spec.Month : spec.Part, spec.Day).ToString();
                }
                else
                {
                    value = TimexResolver.Resolve(spec, anchor, tense);
                }
            }

            string source = spec.NeedsAnchor && anchor is not null ? anchorSource : "none";
            output.Add(new DateMention(text.Substring(m.Start, m.End - m.Start), m.Start, m.End, spec.Type.Name(), value) { Anchor = source });
        }
    }

    /// <summary>
    /// "In 1976, ministers asked the IMF for a loan in September": a year opening the sentence sets
    /// its time frame, so a month or day later in it is of that year. Null when the sentence does not
    /// open with "[In|By|During] YEAR,".
    /// </summary>
    private static int? OpeningYear(string text, List<DateToken> tokens, int first)
    {
        int k = TenseDetector.SentenceStart(text, tokens, first);
        if (tokens[k].Kind == DateTokenKind.Word && tokens[k].Word.Class == WordClass.Preposition) k++;
        if (k + 1 >= first || tokens[k].Kind != DateTokenKind.Number || tokens[k].Length != 4 || tokens[k].Digits != 4) return null;
        if (tokens[k + 1].Kind != DateTokenKind.Punctuation || text[tokens[k + 1].Start] != ',') return null;
        if (!int.TryParse(text.AsSpan(tokens[k].Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)) return null;
        return year is >= 1000 and <= 2100 ? year : null;
    }

    /// <summary>
    /// "the December 26 tsunami last year", "the May 3 vote this year": a year named right after the
    /// event the date names is the date's year. Null unless one or two plain lower-case words and then
    /// "last/this/next year" follow the date.
    /// </summary>
    private static int? TrailingRelativeYear(string text, List<DateToken> tokens, int end, DateOnly? anchor)
    {
        if (anchor is not { } a) return null;
        int k = end;
        for (int words = 0; words < 2 && k < tokens.Count && tokens[k].Kind == DateTokenKind.Word && !tokens[k].Capitalized && tokens[k].Word.Class == WordClass.None; words++) k++;
        if (k == end || k + 1 >= tokens.Count || tokens[k + 1].Word.Class != WordClass.Unit || tokens[k + 1].Word.Unit != TimeUnit.Year) return null;
        // "last year's" is a possessive of its own noun phrase.
        if (k + 2 < tokens.Count && tokens[k + 2].Kind == DateTokenKind.Punctuation && !tokens[k + 2].SpaceBefore && text[tokens[k + 2].Start] is '\'' or '’') return null;
        var cue = tokens[k].Word;
        return cue.IsCue(CueWord.Last) ? a.Year - 1 : cue.IsCue(CueWord.This) ? a.Year : cue.IsCue(CueWord.Next) ? a.Year + 1 : null;
    }

    /// <summary>
    /// The latest date before this one, precise enough for <paramref name="unit"/> ("the following
    /// month" needs at least a month), that "the following year" or "that month" refers back to.
    /// </summary>
    private static DateOnly? LastNamedDate(List<DateMention> output, int firstOutput, TimeUnit unit, List<int> comparisons)
    {
        int needed = unit switch { TimeUnit.Year => 4, TimeUnit.Month or TimeUnit.Quarter => 7, _ => 10 };
        for (int k = output.Count - 1; k >= firstOutput; k--)
        {
            // "a year earlier" is a comparison point, not the period the story moves on from.
            if (comparisons.Contains(k)) continue;
            // "…, the agency said Thursday. Compared with the previous month, …": the report's own day
            // (a weekday, "yesterday") is not the period a month, quarter or year is counted from.
            if (unit is TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year && NamesReportDay(output[k].Text)) continue;
            var v = output[k].Value.AsSpan();
            if (output[k].Type is not ("DATE" or "TIME") || v.Length < needed || !int.TryParse(v[..4], out int year) || year < 1000) continue;
            int month = 1, day = 1;
            // "the previous quarter" after "the third quarter" (2015-Q3): the quarter's first month.
            if (unit == TimeUnit.Quarter && v.Length == 7 && v[5] == 'Q' && v[6] is >= '1' and <= '4') return new DateOnly(year, 3 * (v[6] - '0') - 2, 1);
            if (needed >= 7 && (v[4] != '-' || !int.TryParse(v.Slice(5, 2), out month) || month is < 1 or > 12)) continue;
            if (needed == 10 && (v[7] != '-' || !int.TryParse(v.Slice(8, 2), out day) || day < 1 || day > DateTime.DaysInMonth(year, month))) continue;
            if (needed == 4 && v.Length > 4 && v[4] != '-') continue;
            return new DateOnly(year, month, day);
        }

        return null;
    }

    /// <summary>
    /// The quarter of the reporting year the text named first ("Profit Rose in Fourth Quarter", "posted
    /// fiscal first-quarter net"): an earnings story leads with the quarter it reports, which "the quarter"
    /// and "the latest period" then refer to; quarters named later are often forecasts ("warned of a fourth-quarter
    /// loss") or the one before ("after a weak second quarter"). A comparison ("a year earlier") and a
    /// quarter of another year ("the third quarter of 1990") are not the reported one.
    /// </summary>
    private static TimexDate? NamedQuarter(List<DateMention> output, int firstOutput, List<int> comparisons, DateOnly? anchor)
    {
        if (anchor is not { } a) return null;
        for (int k = firstOutput; k < output.Count; k++)
        {
            if (comparisons.Contains(k)) continue;
            var v = output[k].Value;
            if (v.Length != 7 || v[4] != '-' || v[5] != 'Q' || v[6] is < '1' or > '4' || !int.TryParse(v.AsSpan(0, 4), out int year)) continue;
            if (year == a.Year || year == a.Year - 1 && a.Month <= 3) return new TimexDate(year, TimeUnit.Quarter, v[6] - '0');
        }

        return null;
    }

    /// <summary>
    /// "prices rose in October from a year earlier", "net income for the six months ended Aug. 12 …
    /// a year earlier": the comparison is with the day or month the same sentence just named, a year
    /// before. Null when the sentence names none before it (the quarter rule or the anchor decide).
    /// </summary>
    private static string? SameDateYearBefore(string text, List<DateToken> tokens, in TimexMatch m, List<DateMention> output, int firstOutput)
    {
        var phrase = text.AsSpan(m.Start, m.End - m.Start);
        if (phrase.Contains("quarter", StringComparison.OrdinalIgnoreCase) || phrase.Contains("period", StringComparison.OrdinalIgnoreCase)) return null;
        int sentenceStart = SentenceStartOffset(text, tokens, m);
        for (int k = output.Count - 1; k >= firstOutput && output[k].Start >= sentenceStart; k--)
        {
            if (!IsWrittenDate(output[k])) continue;
            var v = output[k].Value;
            if (v.Length is not (7 or 10) || v[4] != '-' || !int.TryParse(v.AsSpan(0, 4), out int year) || year < 1001) continue;
            if (v.Length == 7 && !char.IsAsciiDigit(v[5])) return null;   // a quarter: the quarter rule decides
            if (v.Length == 10 && v.EndsWith("-02-29", StringComparison.Ordinal)) return $"{year - 1:D4}-02-28";
            return (year - 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + v[4..];
        }

        return null;
    }

    /// <summary>
    /// The latest full calendar day written out earlier in the same sentence ("on October 30", "Oct. 30,
    /// 1998"), which "one day earlier" / "two weeks earlier" count from. Not the report's own day ("said
    /// Friday", "yesterday"): such shifts already count from the anchor. Null when there is none.
    /// </summary>
    private static DateOnly? SameSentenceDay(string text, List<DateToken> tokens, in TimexMatch m, List<DateMention> output, int firstOutput)
    {
        int sentenceStart = SentenceStartOffset(text, tokens, m);
        for (int k = output.Count - 1; k >= firstOutput && output[k].Start >= sentenceStart; k--)
        {
            if (!IsWrittenDate(output[k]) || output[k].Value.Length != 10) continue;
            if (DateOnly.TryParseExact(output[k].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                return day;
        }

        return null;
    }

    /// <summary>A bare weekday ("Thursday") or "yesterday": how newswire dates the report itself.</summary>
    private static bool NamesReportDay(string mention)
    {
        var m = mention.AsSpan();
        return m.EndsWith("day", StringComparison.OrdinalIgnoreCase) && !m.Contains(' ') && !m.Equals("day", StringComparison.OrdinalIgnoreCase)
               && !m.Equals("today", StringComparison.OrdinalIgnoreCase);
    }

    private static int SentenceStartOffset(string text, List<DateToken> tokens, in TimexMatch m) =>
        tokens[TenseDetector.SentenceStart(text, tokens, m.FirstToken)].Start;

    /// <summary>
    /// A date the sentence writes out ("Aug. 12", "October"): not the report's own day ("said Friday",
    /// "yesterday") nor a relative period ("last month").
    /// </summary>
    private static bool IsWrittenDate(DateMention date) => date.Type == "DATE" && NamesCalendarDate(date.Text);

    private static bool NamesCalendarDate(string mention) =>
        !(mention.Contains("day", StringComparison.OrdinalIgnoreCase) || mention.Contains("week", StringComparison.OrdinalIgnoreCase)
          || mention.Contains("month", StringComparison.OrdinalIgnoreCase) || mention.Contains("year", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "a year earlier" next to "the third quarter" means the third quarter of the year before:
    /// earnings reports compare like periods.
    /// </summary>
    /// <summary>How far back (characters) a compared quarter may be named.</summary>
    private const int ComparisonWindow = 600;

    private static string? SameQuarterYearBefore(string text, in TimexMatch m, DateOnly? anchor, List<DateMention> output, int firstOutput, List<int> comparisons)
    {
        int windowStart = m.Start - ComparisonWindow;
        for (int k = output.Count - 1; k >= firstOutput && output[k].Start >= windowStart; k--)
        {
            if (comparisons.Contains(k)) continue;
            var v = output[k].Value;
            // Only a quarter of the current reporting year is the one being compared.
            if (v.Length == 7 && v[4] == '-' && v[5] == 'Q' && int.TryParse(v.AsSpan(0, 4), out int year)
                && anchor is { } a && (year == a.Year || year == a.Year - 1 && a.Month <= 3))
                return $"{year - 1:D4}-Q{v[6]}";
        }

        // "the year-ago quarter" with no quarter named nearby: the latest reported quarter, a year before.
        var phrase = text.AsSpan(m.Start, m.End - m.Start);
        // ("the same period last year" with no quarter named: last year; "the quarter a year ago" is still a quarter.)
        if (phrase.Contains("quarter", StringComparison.OrdinalIgnoreCase)
            || phrase.Contains("period", StringComparison.OrdinalIgnoreCase) && !phrase.Contains("last year", StringComparison.OrdinalIgnoreCase)
            && !phrase.Contains(" a year", StringComparison.OrdinalIgnoreCase) && !phrase.Contains("one year", StringComparison.OrdinalIgnoreCase))
            return TimexResolver.Resolve(TimexSpec.FromShift(TimeUnit.Quarter, -5), anchor, Tense.Unknown);
        return null;
    }
}
