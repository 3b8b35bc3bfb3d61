namespace FactExtract.Dates;

/// <summary>The grammatical role a word plays in temporal expressions.</summary>
internal enum WordClass : byte
{
    None,
    Month,          // Value 1..12, full name
    MonthAbbrev,    // Value 1..12, "Nov", "Sept"
    Weekday,        // Value 1 (Monday) .. 7 (Sunday)
    WeekdayAbbrev,
    WeekdayPlural,  // "Mondays": a set
    Season,         // Value 1 spring .. 4 winter
    Unit,           // Value = (int)TimeUnit, singular
    UnitPlural,
    Cardinal,       // Value = the number
    Ordinal,        // Value = the position
    VagueAmount,    // several, few, many, couple
    Cue,            // Value = (int)CueWord
    RelativeDay,    // Value = day offset; tonight = 100
    PartOfDay,      // Value = (int)PartOfDay
    TimePoint,      // Value = hour (noon 12, midnight 24)
    Reference,      // Value = (int)VagueReference
    Modifier,       // Value = (int)PhaseModifier
    Determiner,     // the, a, an
    Approximator,   // nearly, about, more (than), at least ...
    SetWord,        // every, each, per
    SetAdverb,      // daily, weekly ...: Value = (int)TimeUnit
    Fiscal,
    Meridiem,       // am = 0, pm = 12
    TimeZone,
    Preposition,    // words that introduce a date: in, since, until, by ...
    FutureAuxiliary,
    PastVerb,
    PresentVerb,    // is, are, has, says ...: a present-tense sentence
    Holiday,        // Value = (int)Holiday: Thanksgiving, Christmas; Election / Labor / Memorial only before "Day"
}

/// <summary>Holidays with a fixed place in the (US) calendar, as HeidelTime's holiday rules name them.</summary>
internal enum Holiday : byte
{
    None, Christmas, ChristmasEve, Thanksgiving, ElectionDay, LaborDay, MemorialDay,
}

/// <summary>Cue words that fix the direction or offset of a relative expression.</summary>
internal enum CueWord : byte
{
    This, Last, Next, Coming, Past, Previous, Following, Current, Recent, Latest, Ago, Earlier, Later, Before, After, Hence, From, Other, Prior, Ended, Ending,
}

/// <summary>Where inside a period an expression points (TIMEX3 <c>mod</c>, and the "the end of" family).</summary>
internal enum PhaseModifier : byte
{
    Early, Late, Mid, Middle, End, Beginning, Start, Rest,
}

/// <summary>The vague references TIMEX3 spells as <c>PRESENT_REF</c>, <c>PAST_REF</c>, <c>FUTURE_REF</c>.</summary>
internal enum VagueReference : byte
{
    Present, Past, Future, Currently, Recently, Soon, Now,
}

/// <summary>One vocabulary entry: a class and a small value (month number, unit, cue ...).</summary>
internal readonly record struct DateWord(WordClass Class, short Value)
{
    public static readonly DateWord None = default;

    public bool Is(WordClass c) => Class == c;

    public bool IsCue(CueWord cue) => Class == WordClass.Cue && Value == (short)cue;

    public TimeUnit Unit => (TimeUnit)Value;
}
