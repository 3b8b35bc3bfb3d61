namespace FactExtract.Dates;

/// <summary>The tense a sentence speaks in around a date, which decides "Friday" → last or next Friday.</summary>
internal enum Tense : byte
{
    Unknown,
    Past,
    Future,

    /// <summary>
    /// A present-tense verb ("is payable Dec. 15", "meet Monday"): in news the present mostly
    /// announces what is scheduled, so it leans to the coming occurrence (HeidelTime's PRESENTFUTURE).
    /// </summary>
    Present,
}
