namespace FactExtract.Text;

/// <summary>
/// A token is only an offset range and a kind; its text is read from the document on demand,
/// so tokenizing allocates nothing per token.
/// </summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    public string Text(string text) => text.Substring(Start, Length);
}
