namespace FactExtract.Quotes;

/// <summary>
/// A stretch of text between double quote marks, found by <see cref="QuoteScanner"/>, before it is
/// judged a quotation or a scare quote. <see cref="Closed"/> is false when no closing mark was found
/// and the span was capped at the end of its paragraph.
/// </summary>
internal readonly record struct QuoteSpan(int Start, int End, bool Closed, int FirstParagraph, int LastParagraph)
{
    public int Length => End - Start;
}
