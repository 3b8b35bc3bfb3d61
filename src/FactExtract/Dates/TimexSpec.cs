namespace FactExtract.Dates;

/// <summary>How a recognised expression gets its value.</summary>
internal enum SpecKind : byte
{
    /// <summary>The value is known from the words alone: an absolute date, a duration, a set, a vague reference.</summary>
    Literal,

    /// <summary>The anchor shifted by a number of units ("yesterday", "last week", "two years ago").</summary>
    Shift,

    /// <summary>Calendar fields whose year or week comes from the anchor ("July", "Friday", "Dec. 30", "the third quarter").</summary>
    Calendar,
}

/// <summary>Which occurrence of a partial date is meant.</summary>
internal enum Direction : byte
{
    /// <summary>Decided by the tense of the sentence, else the occurrence nearest the anchor.</summary>
    Auto,
    This,
    Last,
    Next,

    /// <summary>A weekday bounding a deadline ("until Tuesday"): the occurrence nearest the anchor.</summary>
    Nearest,
}

/// <summary>
/// A recognised but not yet resolved temporal expression: what the words say, before the anchor
/// (reference date) turns it into a TIMEX3 value.
/// </summary>
internal struct TimexSpec
{
    public SpecKind Kind;
    public TimexType Type;
    public string? Literal;

    /// <summary>Shift: the unit and count ("last week" = Week, −1). Calendar: the output granularity.</summary>
    public TimeUnit Unit;
    public int Offset;

    /// <summary>Calendar fields: month with optional day, or quarter/half/season index in <see cref="Part"/>, or a weekday.</summary>
    public int Month;
    public int Day;
    public int Part;
    public int Weekday;
    public Direction Direction;

    public TimexTime Time;

    /// <summary>Shift: a year that replaces the shifted one ("the 1988 quarter" = the latest quarter, of 1988).</summary>
    public int Year;

    /// <summary>Shift by years: the quarter or half named in <see cref="Part"/> ("this year's third quarter").</summary>
    public TimeUnit PartUnit;

    /// <summary>Calendar day: the weekday written with it ("Saturday, April 25"), which picks the year.</summary>
    public int StatedWeekday;

    /// <summary>Shift: from the date the text last named, not from the anchor ("the following year", "that month").</summary>
    public bool Anaphoric;

    /// <summary>
    /// Calendar date naming an event ("the July 1 handover", "the May 23 polls"): the clause's past tense is
    /// often not the event's, so a past-tense sentence may still name such a date up to a season ahead.
    /// </summary>
    public bool NamesEvent;

    /// <summary>
    /// Shift: "the quarter", "the latest period", "the 1988 period" — the quarter the report is about.
    /// When the text named a quarter before ("the fiscal first quarter"), it is that one (in <see cref="Year"/> if set).
    /// </summary>
    public bool ReportedQuarter;

    /// <summary>Calendar day: a holiday whose day moves with the year (Thanksgiving); Month/Day hold a typical day for choosing the year.</summary>
    public Holiday Holiday;

    public static TimexSpec FromLiteral(TimexType type, string value) => new() { Kind = SpecKind.Literal, Type = type, Literal = value, Time = TimexTime.None };

    public static TimexSpec FromShift(TimeUnit unit, int offset, TimexType type = TimexType.Date) => new() { Kind = SpecKind.Shift, Type = type, Unit = unit, Offset = offset, Time = TimexTime.None };

    public static TimexSpec FromCalendar(TimeUnit granularity, Direction direction) => new() { Kind = SpecKind.Calendar, Type = TimexType.Date, Unit = granularity, Direction = direction, Time = TimexTime.None };

    public readonly bool NeedsAnchor => Kind != SpecKind.Literal;

    /// <summary>Adds a clock time or part of day, which makes the expression a TIME.</summary>
    public TimexSpec WithTime(TimexTime time)
    {
        var copy = this;
        copy.Time = time;
        copy.Type = TimexType.Time;
        return copy;
    }
}
