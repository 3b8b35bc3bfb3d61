namespace FactExtract.Evaluation;

/// <summary>A character range of a brat annotation, already converted to UTF-16 offsets.</summary>
internal readonly record struct TextRange(int Start, int End);

/// <summary>One PolNeAR attribution relation: its content, cue and (when written) source spans.</summary>
internal sealed record QuoteCorpusAttribution(
    IReadOnlyList<TextRange> Content,
    IReadOnlyList<TextRange> Cue,
    IReadOnlyList<TextRange>? Source);

/// <summary>One PolNeAR article with the attributions of one annotator.</summary>
internal sealed record QuoteCorpusArticle(string Name, string Annotator, string Text, IReadOnlyList<QuoteCorpusAttribution> Attributions);
