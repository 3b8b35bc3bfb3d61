namespace FactExtract;

/// <summary>One point of the article's timeline: every mention of one TIMEX3 value.</summary>
/// <param name="Value">The TIMEX3 value, e.g. <c>2015-11-30</c> or <c>PAST_REF</c>.</param>
/// <param name="Type">The TIMEX3 type of its first mention.</param>
/// <param name="Text">Its first mention as written.</param>
/// <param name="Mentions">How many date mentions carry this value.</param>
/// <param name="FirstStart">Offset of the first of them.</param>
public sealed record TimelineEntry(string Value, string Type, string Text, int Mentions, int FirstStart);
