namespace FactExtract.Text;

/// <summary>What a token is, as decided by the tokenizer from its characters.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
    Symbol,
    Url,
    Email,
    Handle,
    Hashtag,
}
