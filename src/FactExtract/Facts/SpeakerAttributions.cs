namespace FactExtract;

/// <summary>Everything attributed to one speaker — quoted, partly quoted or reported — in text order.</summary>
/// <param name="Speaker">The speaker's resolved name, or null for attributions with no resolved source.</param>
/// <param name="Attributions">The attributions, in text order.</param>
public sealed record SpeakerAttributions(string? Speaker, IReadOnlyList<AttributionMention> Attributions);
