namespace FactExtract;

/// <summary>Everything one speaker is quoted as saying, in text order.</summary>
/// <param name="Speaker">The speaker's resolved name, or null for quotations the text attributes to no one.</param>
/// <param name="Quotes">The quotations, in text order.</param>
public sealed record SpeakerQuotes(string? Speaker, IReadOnlyList<Quotation> Quotes);
