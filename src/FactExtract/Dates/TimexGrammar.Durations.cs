using System.Globalization;

namespace FactExtract.Dates;

/// <summary>Rules for amounts of time: durations ("three years", "two-year"), shifts ("two years ago") and sets ("every Monday").</summary>
internal sealed partial class TimexGrammar
{
    /// <summary>An amount: "3", "1.5", "twenty-four", "a", "several", "a few", "a couple of". Null amount = vague.</summary>
    private int Amount(int i, out decimal? amount)
    {
        amount = null;
        if (i >= _n) return -1;
        if (_t[i].Kind == DateTokenKind.Number)
        {
            if (_t[i].Digits != _t[i].Length || PrecededByCurrency(i)) return -1;
            var s = Span(i);
            if (s.Contains('/') || s.Contains(':') || s.Contains('-')) return -1;
            if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)) return -1;
            amount = value;
            return i + 1;
        }

        var w = W(i);
        if (w.Class == WordClass.Determiner && w.Value == 1)
        {
            if (IsClass(i + 1, WordClass.VagueAmount) && IsWord(i + 1, "few"))
                return i + 2;
            if (IsWord(i + 1, "couple"))
            {
                amount = 2;
                return IsWord(i + 2, "of") ? i + 3 : i + 2;
            }
            if (IsClass(i + 1, WordClass.Cardinal) && W(i + 1).Value is 12 or 100 or 1000) { amount = W(i + 1).Value; return i + 2; }
            amount = 1;
            return i + 1;
        }

        if (w.Class == WordClass.VagueAmount)
        {
            if (IsWord(i, "couple")) amount = 2;
            return IsWord(i + 1, "of") ? i + 2 : i + 1;
        }

        if (w.Class == WordClass.Cardinal)
        {
            int value = w.Value;
            int j = i + 1;
            if (value is >= 20 and <= 90 && value % 10 == 0)
            {
                if (IsPunct(j, '-') && Glued(j) && IsClass(j + 1, WordClass.Cardinal) && W(j + 1).Value < 10) { value += W(j + 1).Value; j += 2; }
                else if (IsClass(j, WordClass.Cardinal) && W(j).Value < 10) { value += W(j).Value; j++; }
            }
            else if (value < 10 && IsClass(j, WordClass.Cardinal) && W(j).Value == 100) { value *= 100; j++; }

            amount = value;
            return j;
        }

        return -1;
    }

    /// <summary>
    /// An amount with a fraction or a range: "two and a half", "2 1/2", "two to three", "12 to 18",
    /// "three or four". A range has no single amount (null: TIMEX3 writes it as <c>PXW</c>).
    /// </summary>
    private int Quantity(int i, out decimal? amount)
    {
        int end = QuantityCore(i, out amount);
        // "two more weeks", "an additional year", "a few extra days": the added amount is the duration.
        if (end > 0 && (IsWord(end, "more") || IsWord(end, "additional") || IsWord(end, "further") || IsWord(end, "extra"))
            && (IsClass(end + 1, WordClass.Unit) || IsClass(end + 1, WordClass.UnitPlural)))
            return end + 1;
        return end;
    }

    private int QuantityCore(int i, out decimal? amount)
    {
        if (IsWord(i, "half") && (IsDeterminer(i + 1, "a") || IsDeterminer(i + 1, "an")) && IsClass(i + 2, WordClass.Unit))
        {
            amount = 0.5m;
            return i + 2;
        }

        int j = Amount(i, out amount);
        if (j < 0 || amount is not { } low || IsDeterminer(i, "a") || IsDeterminer(i, "an")) return j;
        if (IsWord(j, "and") && IsDeterminer(j + 1, "a") && IsWord(j + 2, "half"))
        {
            amount = low + 0.5m;
            return j + 3;
        }

        if (_t[i].Kind == DateTokenKind.Number && j < _n && _t[j].Kind == DateTokenKind.Number && Span(j).SequenceEqual("1/2"))
        {
            amount = low + 0.5m;
            return j + 1;
        }

        if ((IsWord(j, "to") || IsWord(j, "or")) && !IsDeterminer(j + 1, "a") && !IsDeterminer(j + 1, "an"))
        {
            int e = Amount(j + 1, out var high);
            if (e > 0 && high is { } h && h > low)
            {
                amount = null;
                return e;
            }
        }

        return j;
    }

    /// <summary>Amount + unit: a duration, or with "ago"/"earlier"/"from now" a date shifted from the anchor.</summary>
    private int Durations(int i, out TimexSpec spec)
    {
        spec = default;
        int j = Quantity(i, out var amount);
        if (j < 0) return -1;
        bool vague = amount is null;
        bool hyphen = IsPunct(j, '-') && Glued(j) && Glued(j + 1);
        if (hyphen) j++;
        var w = W(j);
        if (w.Class is not (WordClass.Unit or WordClass.UnitPlural)) return -1;
        var unit = w.Unit;
        if (unit == TimeUnit.Half || w.Class == WordClass.Unit && vague) return -1;
        // "three-quarters of the vote", "a quarter of the shares": fractions, not time.
        if (unit == TimeUnit.Quarter && (hyphen && w.Class == WordClass.UnitPlural || IsWord(j + 1, "of"))) return -1;
        if (w.Class == WordClass.UnitPlural && amount == 1) return -1;
        if (amount is >= 1000 && _t[i].Kind == DateTokenKind.Number && _t[i].Length == 4) return -1;
        if (IsDeterminer(i, "a") || IsDeterminer(i, "an"))
        {
            // "a day" after a quantity is a rate (a set), left to the set rule.
            if (i > 0 && IsRateQuantity(i - 1) && !(IsCue(j + 1, CueWord.Ago) || IsCue(j + 1, CueWord.Earlier) || IsCue(j + 1, CueWord.Later))) return -1;
        }

        int end = j + 1;
        // "a minute and a half", "two years and a half"
        if (!hyphen && amount is { } whole && IsWord(end, "and") && IsDeterminer(end + 1, "a") && IsWord(end + 2, "half"))
        {
            amount = whole + 0.5m;
            end += 3;
        }

        if (!hyphen) end = OrSo(end);
        if (IsPunct(end, '-') && Glued(end) && Glued(end + 1) && (IsCue(end + 1, CueWord.Earlier) || IsCue(end + 1, CueWord.Ago) || IsWord(end + 1, "end"))) return -1;
        // An age ("a 6-year-old boy", "Mr. Smith, 52 years old") describes a person, not a time.
        if (IsPunct(end, '-') && Glued(end) && IsWord(end + 1, "old") || IsWord(end, "old") && unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day) return -1;

        // "one year earlier than planned" compares two times: the amount is a duration.
        bool ago = IsCue(end, CueWord.Ago) || IsCue(end, CueWord.Earlier) && !hyphen && !IsWord(end + 1, "than");
        bool later = IsCue(end, CueWord.From) && IsWord(end + 1, "now") || IsCue(end, CueWord.Hence);
        if ((ago || later) && !hyphen)
        {
            int shift = amount is { } a && a == decimal.Truncate(a) ? (int)a : 0;
            if (vague || shift == 0)
                spec = Literal(TimexType.Date, ago ? "PAST_REF" : "FUTURE_REF");
            else
            {
                spec = TimexSpec.FromShift(unit, ago ? -shift : shift);
                if (unit == TimeUnit.Year && shift == 1) spec.Part = YearAgoMarker;
                if (unit.IsClock()) spec = TimexSpec.FromShift(TimeUnit.Day, 0);
            }

            return later && IsCue(end, CueWord.From) ? end + 2 : end + 1;
        }

        // "will one day be", "could one day replace": after a modal, "one day" is some time ahead, not 24 hours.
        if (unit == TimeUnit.Day && !hyphen && end == j + 1 && IsWord(i, "one") && i > 0 && IsModal(i - 1))
        {
            spec = Literal(TimexType.Date, "FUTURE_REF");
            return end;
        }

        spec = Literal(TimexType.Duration, new TimexDuration(amount, unit).ToString());
        return end;
    }

    private bool IsModal(int i) =>
        IsWord(i, "will") || IsWord(i, "would") || IsWord(i, "could") || IsWord(i, "might") || IsWord(i, "can") || IsWord(i, "should")
        || IsWord(i, "must") || IsWord(i, "may") && !Capitalized(i);

    private bool IsRateQuantity(int i)
    {
        if (i < 0 || i >= _n) return false;
        if (_t[i].Kind == DateTokenKind.Number) return true;
        if (_t[i].Kind == DateTokenKind.Punctuation && _text[_t[i].Start] == '%') return true;
        var s = Span(i);
        foreach (var w in RateWords)
            if (s.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] RateWords = ["million", "billion", "thousand", "hundred", "percent", "times", "twice", "once", "thrice", "dollars", "cents", "yen", "marks", "francs", "pounds", "euros", "tons", "barrels", "shares", "units", "cars", "vehicles", "people", "points"];

    /// <summary>"every Monday", "each year", "every other week", and rates like "$5 million a year".</summary>
    private int Sets(int i, out TimexSpec spec)
    {
        spec = default;
        var w = W(i);
        if (w.Class == WordClass.SetWord && !IsWord(i, "per"))
        {
            int j = i + 1;
            int every = 1;
            if (IsCue(j, CueWord.Other)) { every = 2; j++; }
            var u = W(j);
            switch (u.Class)
            {
                case WordClass.Unit:
                    spec = Literal(TimexType.Set, new TimexDuration(every, u.Unit).ToString());
                    return j + 1;
                case WordClass.Weekday:
                {
                    string value = new TimexDate(null, TimeUnit.Day, 0, 0, u.Value).ToString();
                    if (IsClass(j + 1, WordClass.PartOfDay)) { spec = Literal(TimexType.Set, value + "T" + ((PartOfDay)W(j + 1).Value).Code()); return j + 2; }
                    spec = Literal(TimexType.Set, value);
                    return j + 1;
                }
                case WordClass.Month:
                    spec = Literal(TimexType.Set, new TimexDate(null, TimeUnit.Month, u.Value).ToString());
                    return j + 1;
                case WordClass.Season:
                    spec = Literal(TimexType.Set, new TimexDate(null, TimeUnit.Season, u.Value).ToString());
                    return j + 1;
                case WordClass.PartOfDay:
                    spec = Literal(TimexType.Set, "XXXX-XX-XXT" + ((PartOfDay)u.Value).Code());
                    return j + 1;
                default:
                    return -1;
            }
        }

        if ((IsWord(i, "per") || IsDeterminer(i, "a") || IsDeterminer(i, "an")) && IsClass(i + 1, WordClass.Unit) && i > 0 && (IsWord(i, "per") || IsRateQuantity(i - 1))
            && !(IsCue(i + 2, CueWord.Ago) || IsCue(i + 2, CueWord.Earlier) || IsCue(i + 2, CueWord.Later)))
        {
            spec = Literal(TimexType.Set, new TimexDuration(1, W(i + 1).Unit).ToString());
            return i + 2;
        }

        return -1;
    }
}
