using System.Collections.Frozen;

namespace FactExtract.Dates;

/// <summary>
/// The words temporal expressions are built from, looked up case-insensitively on spans. A
/// (first letter, length, last letter) bitmap rejects most ordinary words before the dictionary is
/// touched, which keeps the lexer fast on running text: the last letter turns away "he", "it", "his",
/// "with" and names that the first letter and length alone let through (on PolNeAR dev 83 % of the
/// words reached the dictionary with those two, 49 % with the last letter too; 36 % are in it).
/// </summary>
internal static class DateVocabulary
{
    public const int MaxWordLength = 15;

    public static FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    private static readonly ushort[] LengthsByInitial = new ushort[26];

    /// <summary>For each (first letter, length): a bit per last letter a to z that a vocabulary word has.</summary>
    private static readonly uint[] FinalsByInitialAndLength = new uint[26 * (MaxWordLength + 1)];

    static DateVocabulary()
    {
        var words = Build();
        var frozen = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words.Keys)
        {
            int initial = char.ToLowerInvariant(word[0]) - 'a';
            if (initial is < 0 or >= 26) continue;
            LengthsByInitial[initial] |= (ushort)(1 << word.Length);
            int final = char.ToLowerInvariant(word[^1]) - 'a';
            if (final is >= 0 and < 26 && word.Length <= MaxWordLength)
                FinalsByInitialAndLength[initial * (MaxWordLength + 1) + word.Length] |= 1u << final;
        }
    }

    /// <summary>
    /// False when no vocabulary word has this first letter (lower-cased), length (at most
    /// <see cref="MaxWordLength"/>) and last character. A last character outside ASCII is not judged:
    /// case-insensitive comparison may fold some such characters onto ASCII letters.
    /// </summary>
    public static bool MayContain(char lowerInitial, int length, char last)
    {
        int initial = lowerInitial - 'a';
        if (initial is < 0 or >= 26 || (LengthsByInitial[initial] & (1 << length)) == 0) return false;
        if (last > 0x7F) return true;
        int final = (last | 0x20) - 'a';
        return final is >= 0 and < 26 && (FinalsByInitialAndLength[initial * (MaxWordLength + 1) + length] & (1u << final)) != 0;
    }

    private static Dictionary<string, DateWord> Build()
    {
        var d = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass c, int value, params string[] forms)
        {
            foreach (var f in forms) d[f] = new DateWord(c, (short)value);
        }

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        string[][] monthAbbrevs = [["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["oct"], ["nov"], ["dec"]];
        for (int m = 0; m < 12; m++)
        {
            Add(WordClass.Month, m + 1, months[m]);
            Add(WordClass.MonthAbbrev, m + 1, monthAbbrevs[m]);
        }

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        string[][] dayAbbrevs = [["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"], ["sun"]];
        for (int w = 0; w < 7; w++)
        {
            Add(WordClass.Weekday, w + 1, days[w]);
            Add(WordClass.WeekdayPlural, w + 1, days[w] + "s");
            Add(WordClass.WeekdayAbbrev, w + 1, dayAbbrevs[w]);
        }

        Add(WordClass.Season, 1, "spring");
        Add(WordClass.Season, 2, "summer");
        Add(WordClass.Season, 3, "fall", "autumn");
        Add(WordClass.Season, 4, "winter");

        void Unit(TimeUnit unit, string singular, string plural)
        {
            Add(WordClass.Unit, (int)unit, singular);
            Add(WordClass.UnitPlural, (int)unit, plural);
        }

        Unit(TimeUnit.Second, "second", "seconds");
        Unit(TimeUnit.Minute, "minute", "minutes");
        Unit(TimeUnit.Hour, "hour", "hours");
        Unit(TimeUnit.Day, "day", "days");
        Unit(TimeUnit.Weekend, "weekend", "weekends");
        Unit(TimeUnit.Week, "week", "weeks");
        Unit(TimeUnit.Fortnight, "fortnight", "fortnights");
        Unit(TimeUnit.Month, "month", "months");
        Unit(TimeUnit.Quarter, "quarter", "quarters");
        Unit(TimeUnit.Half, "half", "halves");
        Unit(TimeUnit.Year, "year", "years");
        Unit(TimeUnit.Decade, "decade", "decades");
        Unit(TimeUnit.Century, "century", "centuries");
        Unit(TimeUnit.Millennium, "millennium", "millennia");
        Add(WordClass.Unit, (int)TimeUnit.Minute, "min", "mins");
        Add(WordClass.Unit, (int)TimeUnit.Hour, "hr", "hrs");
        Add(WordClass.Unit, (int)TimeUnit.Year, "yr", "yrs");

        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int i = 1; i < units.Length; i++) Add(WordClass.Cardinal, i, units[i]);
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int i = 0; i < tens.Length; i++) Add(WordClass.Cardinal, (i + 2) * 10, tens[i]);
        Add(WordClass.Cardinal, 100, "hundred");
        Add(WordClass.Cardinal, 1000, "thousand");
        Add(WordClass.Cardinal, 12, "dozen");

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (int i = 0; i < ordinals.Length; i++) Add(WordClass.Ordinal, i + 1, ordinals[i]);
        Add(WordClass.Ordinal, 21, "twenty-first");
        Add(WordClass.Ordinal, 30, "thirtieth");

        Add(WordClass.VagueAmount, 0, "several", "few", "many", "couple", "numerous");

        Add(WordClass.Cue, (int)CueWord.This, "this");
        Add(WordClass.Cue, (int)CueWord.Last, "last");
        Add(WordClass.Cue, (int)CueWord.Next, "next");
        Add(WordClass.Cue, (int)CueWord.Coming, "coming", "upcoming");
        Add(WordClass.Cue, (int)CueWord.Past, "past");
        Add(WordClass.Cue, (int)CueWord.Previous, "previous");
        Add(WordClass.Cue, (int)CueWord.Following, "following");
        Add(WordClass.Cue, (int)CueWord.Current, "current");
        Add(WordClass.Cue, (int)CueWord.Recent, "recent");
        Add(WordClass.Cue, (int)CueWord.Latest, "latest");
        Add(WordClass.Cue, (int)CueWord.Ago, "ago");
        Add(WordClass.Cue, (int)CueWord.Earlier, "earlier");
        Add(WordClass.Cue, (int)CueWord.Later, "later");
        Add(WordClass.Cue, (int)CueWord.Before, "before");
        Add(WordClass.Cue, (int)CueWord.After, "after");
        Add(WordClass.Cue, (int)CueWord.Hence, "hence");
        Add(WordClass.Cue, (int)CueWord.From, "from");
        Add(WordClass.Cue, (int)CueWord.Other, "other");
        Add(WordClass.Cue, (int)CueWord.Prior, "prior");
        Add(WordClass.Cue, (int)CueWord.Ended, "ended");
        Add(WordClass.Cue, (int)CueWord.Ending, "ending");

        Add(WordClass.RelativeDay, 0, "today");
        Add(WordClass.RelativeDay, 1, "tomorrow");
        Add(WordClass.RelativeDay, -1, "yesterday");
        Add(WordClass.RelativeDay, 100, "tonight");

        Add(WordClass.PartOfDay, (int)Dates.PartOfDay.Morning, "morning");
        Add(WordClass.PartOfDay, (int)Dates.PartOfDay.Afternoon, "afternoon");
        Add(WordClass.PartOfDay, (int)Dates.PartOfDay.Evening, "evening");
        Add(WordClass.PartOfDay, (int)Dates.PartOfDay.Night, "night", "overnight");
        Add(WordClass.PartOfDay, (int)Dates.PartOfDay.Morning, "mornings");
        Add(WordClass.PartOfDay, (int)Dates.PartOfDay.Afternoon, "afternoons");
        Add(WordClass.PartOfDay, (int)Dates.PartOfDay.Evening, "evenings");
        Add(WordClass.PartOfDay, (int)Dates.PartOfDay.Night, "nights");

        Add(WordClass.TimePoint, 12, "noon", "midday");
        Add(WordClass.TimePoint, 24, "midnight");

        Add(WordClass.Reference, (int)VagueReference.Now, "now");
        Add(WordClass.Reference, (int)VagueReference.Currently, "currently", "nowadays");
        Add(WordClass.Reference, (int)VagueReference.Recently, "recently", "lately");
        Add(WordClass.Reference, (int)VagueReference.Soon, "soon");
        Add(WordClass.Reference, (int)VagueReference.Future, "future");
        Add(WordClass.Reference, (int)VagueReference.Present, "present");

        Add(WordClass.Modifier, (int)PhaseModifier.Early, "early");
        Add(WordClass.Modifier, (int)PhaseModifier.Late, "late");
        Add(WordClass.Modifier, (int)PhaseModifier.Mid, "mid");
        Add(WordClass.Modifier, (int)PhaseModifier.Middle, "middle");
        Add(WordClass.Modifier, (int)PhaseModifier.End, "end", "close");
        Add(WordClass.Modifier, (int)PhaseModifier.Beginning, "beginning", "dawn");
        Add(WordClass.Modifier, (int)PhaseModifier.Start, "start");
        Add(WordClass.Modifier, (int)PhaseModifier.Rest, "rest", "remainder");

        Add(WordClass.Approximator, 0, "nearly", "almost", "about", "around", "approximately", "roughly", "some", "more", "less", "fewer", "least", "up", "right", "just", "only");
        Add(WordClass.Determiner, 0, "the");
        Add(WordClass.Determiner, 1, "a", "an");
        Add(WordClass.Determiner, 2, "these");
        Add(WordClass.Determiner, 3, "that");
        Add(WordClass.SetWord, 0, "every", "each", "per");
        Add(WordClass.SetAdverb, (int)TimeUnit.Day, "daily");
        Add(WordClass.SetAdverb, (int)TimeUnit.Week, "weekly");
        Add(WordClass.SetAdverb, (int)TimeUnit.Month, "monthly");
        Add(WordClass.SetAdverb, (int)TimeUnit.Year, "yearly");
        Add(WordClass.SetAdverb, (int)TimeUnit.Hour, "hourly");
        Add(WordClass.Fiscal, 0, "fiscal");
        Add(WordClass.Meridiem, 0, "am");
        Add(WordClass.Meridiem, 12, "pm");
        Add(WordClass.TimeZone, 0, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "ist");
        Add(WordClass.Preposition, 0, "in", "on", "since", "until", "till", "by", "during", "through", "throughout", "of", "to", "between", "and", "or", "at", "around", "for", "within", "over");
        Add(WordClass.FutureAuxiliary, 0, "will", "shall", "ll", "plans", "plan", "scheduled", "expected", "expects", "due", "would", "intends", "aims", "hopes", "going", "planned", "planning");
        Add(WordClass.Holiday, (int)Holiday.Christmas, "christmas");
        Add(WordClass.Holiday, (int)Holiday.Thanksgiving, "thanksgiving");
        Add(WordClass.Holiday, (int)Holiday.ElectionDay, "election");
        Add(WordClass.Holiday, (int)Holiday.LaborDay, "labor");
        Add(WordClass.Holiday, (int)Holiday.MemorialDay, "memorial");
        Add(WordClass.PresentVerb, 0, "is", "are", "remains", "remain", "has", "have", "says", "say");
        Add(WordClass.PastVerb, 0, "said", "was", "were", "had", "did", "told", "made", "took", "came", "went", "saw", "gave", "got", "found", "left", "began", "fell", "rose", "sold", "bought", "met", "held", "won", "lost", "paid", "put", "set", "cut", "hit", "led", "ran", "spent", "sent", "brought", "thought", "became", "wrote", "spoke", "broke", "kept", "felt", "knew", "stood", "struck", "chose", "flew", "grew", "drew", "threw", "shot", "fought", "caught", "taught", "built", "meant");
        return d;
    }
}
