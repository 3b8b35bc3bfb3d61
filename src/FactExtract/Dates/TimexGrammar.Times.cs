namespace FactExtract.Dates;

/// <summary>Clock times: "5 p.m.", "4:49 PM", "10:35 a.m. EST", "noon Thursday", "5 p.m. EST, Nov. 6".</summary>
internal sealed partial class TimexGrammar
{
    private int Times(int i, out TimexSpec spec)
    {
        spec = default;
        if (i >= _n) return -1;
        int hour, minute = 0, j;
        if (IsClass(i, WordClass.TimePoint))
        {
            hour = W(i).Value;
            j = i + 1;
        }
        else
        {
            if (_t[i].Kind != DateTokenKind.Number || PrecededByCurrency(i)) return -1;
            if (!ClockNumber(i, out hour, out minute, out bool hasMinutes, out int meridiemInSuffix)) return -1;
            j = i + 1;
            int meridiem = meridiemInSuffix >= 0 ? meridiemInSuffix : Meridiem(j, out j);
            if (meridiem < 0)
            {
                // "14:30" or "at 4:49": a clock time without a.m./p.m. only when written with minutes after "at", or with a zone.
                if (!hasMinutes || !(i > 0 && IsWord(i - 1, "at") || IsClass(j, WordClass.TimeZone))) return -1;
                if (hour > 24) return -1;
            }
            else
            {
                if (hour is < 1 or > 12) return -1;
                if (meridiem == 12 && hour != 12) hour += 12;
                else if (meridiem == 0 && hour == 12) hour = 0;
            }
        }

        if (IsClass(j, WordClass.TimeZone) && Capitalized(j)) j++;
        var time = new TimexTime(hour, minute, PartOfDay.None);

        // A day right after the time belongs to it: "10 p.m. Wednesday", "noon today", "5 p.m. EST, Nov. 6".
        int k = IsPunct(j, ',') ? j + 1 : j;
        if (k < _n)
        {
            int end = -1;
            TimexSpec day = default;
            var w = W(k);
            if (w.Class is WordClass.Weekday or WordClass.WeekdayAbbrev) end = WeekdayPhrase(k, Direction.Auto, out day);
            else if (w.Class == WordClass.RelativeDay && w.Value != 100) { day = TimexSpec.FromShift(TimeUnit.Day, w.Value); end = k + 1; }
            else if (w.Class is WordClass.Month or WordClass.MonthAbbrev) { end = MonthFirst(k, out day); if (end > 0 && !IsDay(day)) end = -1; }
            if (end > 0 && day.Time.IsNone)
            {
                spec = day.Kind == SpecKind.Literal ? Literal(TimexType.Time, day.Literal + time) : day.WithTime(time);
                return end;
            }
        }

        spec = TimexSpec.FromShift(TimeUnit.Day, 0).WithTime(time);
        return j;
    }

    private static bool IsDay(in TimexSpec spec) => spec.Kind == SpecKind.Literal ? spec.Literal!.Length == 10 : spec.Day > 0 || spec.Weekday > 0;

    /// <summary>"5", "4:49", "5pm", "4:49PM": the hour and minute, and a.m./p.m. when glued on (−1 otherwise).</summary>
    private bool ClockNumber(int i, out int hour, out int minute, out bool hasMinutes, out int meridiem)
    {
        hour = 0;
        minute = 0;
        hasMinutes = false;
        meridiem = -1;
        var token = _t[i];
        var digits = _text.AsSpan(token.Start, token.Digits);
        var suffix = Suffix(i);
        if (suffix.Length > 0)
        {
            if (suffix.Equals("am", StringComparison.OrdinalIgnoreCase)) meridiem = 0;
            else if (suffix.Equals("pm", StringComparison.OrdinalIgnoreCase)) meridiem = 12;
            else return false;
        }

        int colon = digits.IndexOf(':');
        if (colon >= 0)
        {
            var m = digits[(colon + 1)..];
            if (m.Length != 2 || !int.TryParse(m, out minute) || minute > 59) return false;
            digits = digits[..colon];
            hasMinutes = true;
        }

        if (digits.Length is < 1 or > 2 || !int.TryParse(digits, out hour)) return false;
        return true;
    }

    /// <summary>"a.m.", "p.m", "AM", "pm" after a number: 0 for a.m., 12 for p.m., −1 when absent.</summary>
    private int Meridiem(int j, out int end)
    {
        end = j;
        if (IsClass(j, WordClass.Meridiem))
        {
            end = j + 1;
            if (IsPunct(end, '.') && Glued(end) && !EndsSentenceAfter(end)) end++;
            return W(j).Value;
        }

        if ((IsWord(j, "a") || IsWord(j, "p")) && IsPunct(j + 1, '.') && Glued(j + 1) && IsWord(j + 2, "m") && Glued(j + 2))
        {
            int value = IsWord(j, "p") ? 12 : 0;
            end = j + 3;
            // The closing dot belongs to "p.m." unless it also ends the sentence.
            if (IsPunct(end, '.') && Glued(end) && !EndsSentenceAfter(end)) end++;
            return value;
        }

        return -1;
    }

    private bool EndsSentenceAfter(int dot) => dot + 1 >= _n || _t[dot + 1].Capitalized && _text.AsSpan(_t[dot].End, _t[dot + 1].Start - _t[dot].End).ContainsAny('\n', '\r');
}
