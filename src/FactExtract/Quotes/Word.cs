namespace FactExtract.Quotes;

/// <summary>One word or punctuation mark of the short stretch of text around a quotation.</summary>
internal readonly record struct Word(int Start, int End, WordKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);

    public bool IsPunct(string text, char c) => Kind == WordKind.Punct && text[Start] == c;
}

/// <summary>What a <see cref="Word"/> is.</summary>
internal enum WordKind : byte
{
    Word,
    /// <summary>The possessive ending <c>’s</c> or a lone <c>’</c> after a plural.</summary>
    Possessive,
    Punct,
    QuoteMark,
}
