namespace FactExtract;

/// <summary>A direct quotation and, when the text gives one, its speaker.</summary>
/// <param name="Text">The quotation including its quote marks.</param>
/// <param name="Start">Offset of the opening quote mark.</param>
/// <param name="End">Offset just past the closing quote mark (exclusive).</param>
/// <param name="Speaker">The speaker's resolved name (a pronoun resolved to the person), or null.</param>
/// <param name="SpeakerStart">Start of the speaker mention the cue attaches to (may be a pronoun), or null.</param>
/// <param name="SpeakerEnd">End (exclusive) of that mention, or null.</param>
/// <param name="Cue">The speech verb or phrase, e.g. <c>said</c>, <c>according to</c>, or null.</param>
public sealed record Quotation(
    string Text,
    int Start,
    int End,
    string? Speaker,
    int? SpeakerStart,
    int? SpeakerEnd,
    string? Cue);
