using FactExtract.Text;

namespace FactExtract.Tokenization;

/// <summary>Tokens that start with anything but a letter or digit: punctuation, quote marks, symbols and their exceptions.</summary>
internal static class PunctuationScanner
{
    /// <summary>Appends the token starting at <paramref name="start"/> and returns where it ended.</summary>
    public static int Scan(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        char c = text[start];
        int next = start + 1;
        char after = next < text.Length ? text[next] : '\0';
        switch (c)
        {
            case '.':
                if (char.IsAsciiDigit(after)) return WordScanner.Scan(text, start, tokens); // ".5"
                return Add(tokens, start, Run(text, start, '.'), TokenKind.Punctuation);
            case '\u2026':
                return Add(tokens, start, Run(text, start, c), TokenKind.Punctuation);
            case '!' or '?':
                int end = next;
                while (end < text.Length && text[end] is '!' or '?') end++;
                return Add(tokens, start, end, TokenKind.Punctuation);
            case '-':
                return Add(tokens, start, Run(text, start, '-'), TokenKind.Punctuation);
            case '@':
                return Add(tokens, start, start + 1 + TagLength(text[next..], requireLetter: false), TokenKind.Handle, TokenKind.Symbol);
            case '#':
                return Add(tokens, start, start + 1 + TagLength(text[next..], requireLetter: true), TokenKind.Hashtag, TokenKind.Symbol);
            case '%' or '\u2030' or '&' or '*' or '\u00A7' or '\u00B6' or '\u2020' or '\u2021' or '\u00B0':
                return Add(tokens, start, next, TokenKind.Symbol);
            case '`' when after == '`':
                return Add(tokens, start, start + 2, TokenKind.QuoteMark);
            case '\'' when after == '\'':
                return Add(tokens, start, start + 2, TokenKind.QuoteMark);
        }

        if (CharClass.IsApostrophe(c))
        {
            int word = ApostropheWord(text, start, out var kind);
            if (word > start) return Add(tokens, start, word, kind);
        }

        if (CharClass.IsQuote(c)) return Add(tokens, start, next, TokenKind.QuoteMark);
        if (CharClass.IsDash(c)) return Add(tokens, start, Run(text, start, c), TokenKind.Punctuation);
        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(after))
        {
            var pairKind = System.Text.Rune.IsLetter(new System.Text.Rune(c, after)) ? TokenKind.Word : TokenKind.Symbol;
            return Add(tokens, start, AbsorbMarks(text, start + 2), pairKind);
        }

        var other = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        return Add(tokens, start, AbsorbMarks(text, next), other);
    }

    /// <summary>
    /// Words that begin with an apostrophe: "’90s", "'78", "’em", "'til", "'cause", and the "’n’"
    /// of "rock ’n’ roll". Returns their end, or <paramref name="start"/> when the apostrophe is a quote mark.
    /// </summary>
    private static int ApostropheWord(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        kind = TokenKind.Word;
        var rest = text[(start + 1)..];
        int digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits])) digits++;
        if (digits == 2)
        {
            int end = digits < rest.Length && rest[digits] == 's' ? digits + 1 : digits;
            if (end >= rest.Length || !CharClass.IsWordChar(rest[end]))
            {
                kind = TokenKind.Number;
                return start + 1 + end;
            }

            return start;
        }

        if (rest.Length >= 2 && (rest[0] | 0x20) == 'n' && CharClass.IsApostrophe(rest[1])
            && (rest.Length == 2 || !CharClass.IsWordChar(rest[2])))
        {
            return start + 3;
        }

        if (text[start] == '\u2018') return start;
        int letters = 0;
        while (letters < rest.Length && CharClass.Of(rest[letters]) == CharKind.Letter) letters++;
        if (letters == 0 || (letters < rest.Length && CharClass.IsWordChar(rest[letters]))) return start;
        var word = rest[..letters];

        // A clitic on a token that is not a plain word: "@realDonaldTrump's", "#MeToo's", "AT&T's".
        if (start > 0 && CharClass.IsWordChar(text[start - 1]) && IsClitic(word)) return start + 1 + letters;
        bool known = word.Equals("em", StringComparison.OrdinalIgnoreCase) || word.Equals("til", StringComparison.OrdinalIgnoreCase)
            || word.Equals("cause", StringComparison.OrdinalIgnoreCase) || word.Equals("bout", StringComparison.OrdinalIgnoreCase)
            || word.Equals("nuff", StringComparison.OrdinalIgnoreCase) || word.Equals("n", StringComparison.OrdinalIgnoreCase);
        return known ? start + 1 + letters : start;
    }

    private static bool IsClitic(ReadOnlySpan<char> word) =>
        word.Length == 1 ? (word[0] | 0x20) is 's' or 'd' or 'm'
            : word.Equals("re", StringComparison.OrdinalIgnoreCase) || word.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || word.Equals("ll", StringComparison.OrdinalIgnoreCase);

    /// <summary>The length of a handle or hashtag body: ASCII letters, digits and underscores.</summary>
    private static int TagLength(ReadOnlySpan<char> rest, bool requireLetter)
    {
        int i = 0;
        bool letter = false;
        while (i < rest.Length && (char.IsAsciiLetterOrDigit(rest[i]) || rest[i] == '_'))
        {
            letter |= char.IsAsciiLetter(rest[i]);
            i++;
        }

        return requireLetter && !letter ? 0 : i;
    }

    private static int Run(ReadOnlySpan<char> text, int start, char c)
    {
        int end = start + 1;
        while (end < text.Length && text[end] == c) end++;
        return end;
    }

    private static int AbsorbMarks(ReadOnlySpan<char> text, int end)
    {
        while (end < text.Length && CharClass.Of(text[end]) == CharKind.Mark) end++;
        return end;
    }

    private static int Add(List<Token> tokens, int start, int end, TokenKind kind)
    {
        tokens.Add(new Token(start, end - start, kind));
        return end;
    }

    /// <summary>Adds a handle or hashtag when it has a body, else the bare sign as a symbol.</summary>
    private static int Add(List<Token> tokens, int start, int end, TokenKind tagKind, TokenKind bareKind) =>
        Add(tokens, start, end, end > start + 1 ? tagKind : bareKind);
}
