namespace FactExtract;

/// <summary>A temporal expression with its TIMEX3 type and normalised value.</summary>
/// <param name="Text">The expression as written, e.g. <c>late Sunday night</c>.</param>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="End">Offset just past the last code unit (exclusive).</param>
/// <param name="Type">TIMEX3 type: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</param>
/// <param name="Value">TIMEX3 value, e.g. <c>2015-11-30</c>, <c>2015-11-29TNI</c>, <c>P3Y</c>, <c>PAST_REF</c>, <c>XXXX-07</c>.</param>
public sealed record DateMention(string Text, int Start, int End, string Type, string Value)
{
    /// <summary>
    /// What the value was resolved against: <c>none</c> (absolute or underspecified),
    /// <c>reference-date</c>, <c>dateline</c>, <c>metadata</c> or <c>narrative</c>.
    /// </summary>
    public string Anchor { get; init; } = "none";
}
