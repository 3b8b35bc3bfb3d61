namespace FactExtract.Dates;

/// <summary>The tense a sentence speaks in around a date, which decides "Friday" → last or next Friday.</summary>
internal enum Tense : byte
{
    Unknown, Past, Future,
}
