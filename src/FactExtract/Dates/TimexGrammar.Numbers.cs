using System.Globalization;

namespace FactExtract.Dates;

/// <summary>Rules that start with a number: years, decades, numeric dates, day-first dates, centuries.</summary>
internal sealed partial class TimexGrammar
{
    private int Numbers(int i, out TimexSpec spec)
    {
        spec = default;
        if (i >= _n) return -1;

        // '90s
        if (IsApostrophe(i) && Glued(i + 1) && LeadingInt(i + 1, out int yy, out int d2) && d2 == 2 && Suffix(i + 1).Equals("s", StringComparison.Ordinal))
        {
            spec = Literal(TimexType.Date, new TimexDate((yy < 30 ? 2000 : 1900) + yy, TimeUnit.Decade).ToString());
            return i + 2;
        }

        var token = _t[i];
        if (token.Kind != DateTokenKind.Number || PrecededByCurrency(i)) return -1;

        if (token.Digits == token.Length && !PlainInt(i, out _, out _))
            return NumericDate(i, out spec) ? i + 1 : -1;

        if (PlainInt(i, out int value, out int digits))
        {
            if (digits == 4 && IsYear(i, value))
            {
                spec = Literal(TimexType.Date, value.ToString("D4", CultureInfo.InvariantCulture));
                return i + 1;
            }

            if (value is >= 1 and <= 31 && digits <= 2)
            {
                int end = DayFirst(i, value, out spec);
                if (end > 0) return end;
                end = DayMonthYearHyphenated(i, value, out spec);
                if (end > 0) return end;
            }

            return -1;
        }

        if (LeadingInt(i, out value, out digits))
        {
            var suffix = Suffix(i);
            if (digits == 4 && suffix.Equals("s", StringComparison.Ordinal) && value % 10 == 0 && value is >= 1000 and <= 2100)
            {
                spec = Literal(TimexType.Date, new TimexDate(value, TimeUnit.Decade).ToString());
                return i + 1;
            }

            if (IsOrdinalSuffix(suffix) && value is >= 1 and <= 31)
            {
                if (IsClass(i + 1, WordClass.Unit) && W(i + 1).Unit == TimeUnit.Century && value <= 22)
                {
                    spec = Literal(TimexType.Date, (value - 1).ToString("D2", CultureInfo.InvariantCulture));
                    return i + 2;
                }

                return DayFirst(i, value, out spec);
            }
        }

        return -1;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("th", StringComparison.OrdinalIgnoreCase) || suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase);

    private bool PrecededByCurrency(int i) => i > 0 && Glued(i) && _t[i - 1].Kind == DateTokenKind.Punctuation && _text[_t[i - 1].Start] is '$' or '£' or '€' or '¥' or '#';

    /// <summary>
    /// A bare four-digit number is a year unless its neighbours say it counts something
    /// ("1984 votes", "1,500 people", "$2015", "2015 percent").
    /// </summary>
    private bool IsYear(int i, int year)
    {
        if (year is < 1000 or > 2100) return false;
        if (i > 0 && _t[i - 1].Kind == DateTokenKind.Number) return false;
        if (IsPunct(i + 1, '%')) return false;
        if (IsPunct(i + 1, '-') && Glued(i + 1) && Glued(i + 2) && i + 2 < _n && _t[i + 2].Kind == DateTokenKind.Number && !IsYearRangeEnd(i + 2)) return false;
        if (i + 1 < _n && _t[i + 1].Kind == DateTokenKind.Word && !_t[i + 1].Capitalized && CountsSomething(i + 1)) return false;
        if (year < 1800) return i > 0 && IsClass(i - 1, WordClass.Preposition);
        return true;
    }

    private bool IsYearRangeEnd(int i) => PlainInt(i, out _, out int digits) && digits is 2 or 4;

    private bool CountsSomething(int i)
    {
        var w = W(i);
        if (w.Class is WordClass.Unit or WordClass.UnitPlural or WordClass.Cardinal) return true;
        var s = Span(i);
        if (s.Length > 3 && (s[^1] == 's' || s[^1] == 'S') && !NotPlural(s)) return true;
        return s.Equals("percent", StringComparison.OrdinalIgnoreCase) || s.Equals("people", StringComparison.OrdinalIgnoreCase)
            || s.Equals("feet", StringComparison.OrdinalIgnoreCase) || s.Equals("men", StringComparison.OrdinalIgnoreCase)
            || s.Equals("women", StringComparison.OrdinalIgnoreCase) || s.Equals("children", StringComparison.OrdinalIgnoreCase)
            || s.Equals("million", StringComparison.OrdinalIgnoreCase) || s.Equals("billion", StringComparison.OrdinalIgnoreCase)
            || s.Equals("per", StringComparison.OrdinalIgnoreCase) || s.Equals("out", StringComparison.OrdinalIgnoreCase);
    }

    private static bool NotPlural(ReadOnlySpan<char> s)
    {
        foreach (var w in NonPluralEndingInS)
            if (s.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return s.EndsWith("ss", StringComparison.OrdinalIgnoreCase) || s.EndsWith("us", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] NonPluralEndingInS = ["this", "thus", "always", "perhaps", "versus", "unless", "besides", "towards", "afterwards", "whereas", "was", "has", "his", "its", "does", "is", "as", "yes", "whereas"];

    /// <summary>"2015-11-30", "11/30/2015", "11/30/15", "2015/11/30", "30.11.2015": one number chunk.</summary>
    private bool NumericDate(int i, out TimexSpec spec)
    {
        spec = default;
        var s = Span(i);
        char sep = '\0';
        Span<int> parts = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        int count = 0, value = 0, width = 0;
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c)) { value = value * 10 + (c - '0'); width++; if (width > 4) return false; continue; }
            if (sep == '\0') sep = c; else if (c != sep) return false;
            if (count == 2) return false;
            parts[count] = value; widths[count++] = width; value = 0; width = 0;
        }

        if (count != 2 || sep is not ('-' or '/' or '.')) return false;
        parts[2] = value; widths[2] = width;
        int year, month, day;
        if (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2 && sep != '.') { year = parts[0]; month = parts[1]; day = parts[2]; }
        else if (widths[2] is 4 or 2 && widths[0] <= 2 && widths[1] <= 2 && sep != '-')
        {
            year = widths[2] == 4 ? parts[2] : (parts[2] < 50 ? 2000 : 1900) + parts[2];
            // American order first; a first part above 12 can only be a day.
            if (sep == '.' || parts[0] > 12) { day = parts[0]; month = parts[1]; } else { month = parts[0]; day = parts[1]; }
        }
        else return false;

        if (year is < 1000 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        spec = Literal(TimexType.Date, new TimexDate(year, TimeUnit.Day, month, day).ToString());
        return true;
    }

    /// <summary>"30 November 2015", "30th of November", "5 May".</summary>
    private int DayFirst(int i, int day, out TimexSpec spec)
    {
        spec = default;
        // Callers reading a number glued to a word ("Monday0 March") may pass 0 or more than 31: no day of any month.
        if (day is < 1 or > 31) return -1;
        int j = i + 1;
        if (IsWord(j, "of")) j++;
        int end = MonthWord(j, out int month, strict: false);
        if (end < 0) return -1;
        return WithOptionalYear(end, month, day, out spec);
    }

    /// <summary>"19-Nov-12", "19-Nov-2012": day, month name, year glued by hyphens.</summary>
    private int DayMonthYearHyphenated(int i, int day, out TimexSpec spec)
    {
        spec = default;
        if (!(IsPunct(i + 1, '-') && Glued(i + 1) && Glued(i + 2) && (IsClass(i + 2, WordClass.MonthAbbrev) || IsClass(i + 2, WordClass.Month))
              && IsPunct(i + 3, '-') && Glued(i + 3) && Glued(i + 4) && PlainInt(i + 4, out int y, out int digits) && digits is 2 or 4)) return -1;
        int month = W(i + 2).Value;
        int year = digits == 4 ? y : (y < 50 ? 2000 : 1900) + y;
        if (day > DateTime.DaysInMonth(year, month)) return -1;
        spec = Literal(TimexType.Date, new TimexDate(year, TimeUnit.Day, month, day).ToString());
        return i + 5;
    }

    /// <summary>After a month and day: an optional ", 2015" makes the date absolute.</summary>
    private int WithOptionalYear(int j, int month, int day, out TimexSpec spec)
    {
        int k = IsPunct(j, ',') ? j + 1 : j;
        if (PlainInt(k, out int year, out int digits) && digits == 4 && year is >= 1000 and <= 2100 && day <= DateTime.DaysInMonth(year, month)
            && !IsPunct(k + 1, '%'))
        {
            spec = Literal(TimexType.Date, new TimexDate(year, TimeUnit.Day, month, day).ToString());
            return k + 1;
        }

        if (day > DateTime.DaysInMonth(2000, month)) { spec = default; return -1; }
        if ((IsCue(j, CueWord.This) || IsCue(j, CueWord.Last) || IsCue(j, CueWord.Next)) && IsClass(j + 1, WordClass.Unit) && W(j + 1).Unit == TimeUnit.Year)
        {
            // "June 23 last year": the day of a year named relative to the anchor, whatever the tense.
            spec = TimexSpec.FromShift(TimeUnit.Year, IsCue(j, CueWord.Last) ? -1 : IsCue(j, CueWord.Next) ? 1 : 0);
            spec.Month = month;
            spec.Day = day;
            return j + 2;
        }

        spec = TimexSpec.FromCalendar(TimeUnit.Day, Direction.Auto);
        spec.Month = month;
        spec.Day = day;
        return j;
    }

    private static TimexSpec Literal(TimexType type, string value) => TimexSpec.FromLiteral(type, value);
}
