namespace FactExtract.Dates;

/// <summary>What the date lexer saw: a word, a number chunk, or one punctuation character.</summary>
internal enum DateTokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// A token of the date stage's own micro-lexer. The date grammar needs number shapes
/// ("11/30/2015", "4:49", "2,000", "3-1") kept whole and words looked up once, which the
/// general tokenizer does not promise, so the stage scans the text itself.
/// </summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="End">Offset just past the token.</param>
/// <param name="Kind">Word, number chunk or punctuation.</param>
/// <param name="Word">The vocabulary entry of a word (<see cref="DateWord.None"/> when not temporal).</param>
/// <param name="Digits">For a number chunk: how many characters of it are the numeric part (the rest is a suffix such as "th" or "s").</param>
/// <param name="SpaceBefore">Whether whitespace precedes the token (hyphenated forms need it absent).</param>
/// <param name="Capitalized">Whether a word starts with an upper-case letter.</param>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, DateWord Word, byte Digits, bool SpaceBefore, bool Capitalized)
{
    public int Length => End - Start;
}
