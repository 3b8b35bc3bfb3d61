using System.Globalization;

namespace FactExtract.Tokenization;

/// <summary>The tokenizer's coarse view of one UTF-16 code unit.</summary>
internal enum CharKind : byte
{
    /// <summary>White space, control characters and invisible format characters: never part of a token.</summary>
    Space,
    Letter,
    Digit,

    /// <summary>Combining marks and joiners (ZWJ, soft hyphen): they continue whatever they follow.</summary>
    Mark,

    /// <summary>Punctuation, symbols, surrogates and everything else.</summary>
    Other,
}

/// <summary>
/// Character classification by lookup table for ASCII (the hot path in English news) and by
/// Unicode category above it.
/// </summary>
internal static class CharClass
{
    public static CharKind Of(char c) => c < 128 ? (CharKind)Ascii[c] : OfNonAscii(c);

    /// <summary>True for characters that can continue a word: letters, digits and marks.</summary>
    public static bool IsWordChar(char c) => Of(c) is CharKind.Letter or CharKind.Digit or CharKind.Mark;

    public static bool IsLetterOrDigit(char c) => Of(c) is CharKind.Letter or CharKind.Digit;

    public static bool IsAsciiUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    public static bool IsQuote(char c) => c is '"' or '\'' or '`' or '\u2018' or '\u2019' or '\u201A' or '\u201B'
        or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u02BC'
        or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\uFF02';

    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B';

    /// <summary>Characters that close a sentence-final period: closing quotes and brackets.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '\u2019' or '\u201D' or '\u00BB' or '\u203A' or ')' or ']' or '}';

    private static CharKind OfNonAscii(char c)
    {
        switch (c)
        {
            case '\u00AD' or '\u200C' or '\u200D':
                return CharKind.Mark;
            case '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'):
                return CharKind.Space;
        }

        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return c == '\u02BC' ? CharKind.Other : CharKind.Letter;
            case UnicodeCategory.DecimalDigitNumber:
                return CharKind.Digit;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return CharKind.Mark;
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Control:
                return CharKind.Space;
            default:
                return CharKind.Other;
        }
    }

    // The CharKind of each ASCII character (0 space and control, 1 letter, 2 digit, 4 other), as constant data:
    // read without a bounds check or a static field load on the tokenizer's hot path.
    private static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4,
        4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 4,
        4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 0,
    ];
}
