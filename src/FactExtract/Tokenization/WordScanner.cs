using FactExtract.Text;

namespace FactExtract.Tokenization;

/// <summary>Tokens that start with a letter or a digit: words, numbers, abbreviations, URLs, e-mails.</summary>
internal static class WordScanner
{
    /// <summary>Scans the word run starting at <paramref name="start"/>, appends its tokens, returns where it ended.</summary>
    public static int Scan(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        int urlEnd = UrlScanner.MatchUrl(text, start);
        if (urlEnd > start)
        {
            tokens.Add(new Token(start, urlEnd - start, TokenKind.Url));
            return urlEnd;
        }

        int end = ScanRun(text, start, out int at, out bool hasDot, out bool joined);
        if (at >= 0)
        {
            if (UrlScanner.IsEmail(text[start..end], at - start))
            {
                tokens.Add(new Token(start, end - start, TokenKind.Email));
                return end;
            }

            end = at; // "name@" without a domain: the '@' is scanned on its own
            hasDot = text[start..end].Contains('.');
        }

        // "US$", "HK$", "C$": the country prefix belongs to the currency sign.
        if (end < text.Length && text[end] == '$' && end - start <= 3 && IsAllAsciiUpper(text[start..end]))
        {
            tokens.Add(new Token(start, end - start + 1, TokenKind.Symbol));
            return end + 1;
        }

        if (hasDot && UrlScanner.IsBareDomain(text[start..end]))
        {
            tokens.Add(new Token(start, end - start, TokenKind.Url));
            return end;
        }

        if (end < text.Length && text[end] == '.' && !(end + 1 < text.Length && text[end + 1] == '.')
            && TakesPeriod(text[start..end], hasDot, text[(end + 1)..]))
        {
            end++;
        }

        if (!joined && end - start is not (5 or 6))
        {
            tokens.Add(new Token(start, end - start, KindOf(text, start))); // the common case: a plain word or number
            return end;
        }

        EmitRun(text, start, end, tokens);
        return end;
    }

    /// <summary>
    /// The maximal run of letters, digits and marks joined by word-internal punctuation: a
    /// joiner is kept only when a letter or digit follows it, so a run never ends in punctuation.
    /// </summary>
    private static int ScanRun(ReadOnlySpan<char> text, int start, out int at, out bool hasDot, out bool joined)
    {
        at = -1;
        hasDot = false;
        joined = text[start] == '.';
        int i = start + 1;
        while (i < text.Length)
        {
            char c = text[i];
            if (CharClass.IsWordChar(c))
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length) break;
            char next = text[i + 1];
            var nextKind = CharClass.Of(next);
            if (nextKind is not (CharKind.Letter or CharKind.Digit)) break;
            var prevKind = CharClass.Of(text[i - 1]);
            bool join = c switch
            {
                '.' => true,
                ',' or ':' => prevKind == CharKind.Digit && nextKind == CharKind.Digit,
                '/' or '_' => true,
                '&' => prevKind == CharKind.Letter && nextKind == CharKind.Letter,
                '@' => at < 0,
                '\u2018' => false,
                _ => CharClass.IsHyphen(c)
                    || (CharClass.IsApostrophe(c) && prevKind is CharKind.Letter or CharKind.Digit && nextKind == CharKind.Letter),
            };
            if (!join) break;
            joined = true;
            if (c == '.') hasDot = true;
            else if (c == '@') at = i;
            i++;
        }

        return i;
    }

    /// <summary>Whether the period after <paramref name="run"/> is part of the token ("Mr.", "U.S.", "W.").</summary>
    private static bool TakesPeriod(ReadOnlySpan<char> run, bool hasDot, ReadOnlySpan<char> after)
    {
        if (run.Length == 1 && char.IsUpper(run[0]) && run[0] != 'I') return true; // initials, but "Neither do I."
        if (hasDot) return IsDottedLetters(run);
        if (WordLists.Abbreviations.Contains(run)) return true;
        if (WordLists.BeforeNumber.Contains(run))
        {
            int k = 0;
            while (k < after.Length && after[k] == ' ') k++;
            return k < after.Length && char.IsAsciiDigit(after[k]);
        }

        return false;
    }

    /// <summary>"U.S", "a.m", "Ph.D", "N.Y": short letter groups separated by periods.</summary>
    private static bool IsDottedLetters(ReadOnlySpan<char> run)
    {
        int group = 0;
        foreach (char c in run)
        {
            if (c == '.')
            {
                if (group == 0) return false;
                group = 0;
            }
            else if (CharClass.Of(c) == CharKind.Letter)
            {
                if (++group > 3) return false;
            }
            else
            {
                return false;
            }
        }

        return group > 0;
    }

    /// <summary>Cuts a run into OntoNotes tokens: fused forms, hyphens, then clitics.</summary>
    private static void EmitRun(ReadOnlySpan<char> text, int start, int end, List<Token> tokens)
    {
        var run = text[start..end];
        if (run.Length == 6 && run.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            tokens.Add(new Token(start, 3, TokenKind.Word));
            tokens.Add(new Token(start + 3, 3, TokenKind.Word));
            return;
        }

        if (run.Length == 5 && (run.Equals("gonna", StringComparison.OrdinalIgnoreCase)
            || run.Equals("wanna", StringComparison.OrdinalIgnoreCase) || run.Equals("gotta", StringComparison.OrdinalIgnoreCase)))
        {
            tokens.Add(new Token(start, 3, TokenKind.Word));
            tokens.Add(new Token(start + 3, 2, TokenKind.Word));
            return;
        }

        int pieceStart = start;
        if (run.IndexOfAny('-', '\u2010', '\u2011') >= 0 && !IsIsoDate(run))
        {
            int segmentStart = start;
            for (int h = start + 1; h < end; h++)
            {
                if (!CharClass.IsHyphen(text[h])) continue;
                if (!WordLists.HyphenPrefixes.Contains(text[segmentStart..h]))
                {
                    EmitPiece(text, pieceStart, h, tokens);
                    tokens.Add(new Token(h, 1, TokenKind.Punctuation));
                    pieceStart = h + 1;
                }

                segmentStart = h + 1;
            }
        }

        EmitPiece(text, pieceStart, end, tokens);
    }

    /// <summary>Splits a trailing clitic off one piece: "do|n't", "BlackBerry|’s", "they|'re" (but "90's" stays).</summary>
    private static void EmitPiece(ReadOnlySpan<char> text, int start, int end, List<Token> tokens)
    {
        int length = end - start;
        if (length > 3 && (text[end - 1] | 0x20) == 't' && CharClass.IsApostrophe(text[end - 2]) && (text[end - 3] | 0x20) == 'n'
            && CharClass.Of(text[end - 4]) == CharKind.Letter)
        {
            tokens.Add(new Token(start, length - 3, TokenKind.Word));
            tokens.Add(new Token(end - 3, 3, TokenKind.Word));
            return;
        }

        for (int a = end - 2; a >= end - 3 && a > start; a--)
        {
            if (!CharClass.IsApostrophe(text[a])) continue;
            var suffix = text[(a + 1)..end];
            bool clitic = suffix.Length == 1
                ? (suffix[0] | 0x20) is 's' or 'd' or 'm'
                : suffix.Equals("re", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
                    || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase);
            if (!clitic || ((suffix[0] | 0x20) == 's' && IsAllDigits(text[start..a]))) break;
            tokens.Add(new Token(start, a - start, KindOf(text, start)));
            tokens.Add(new Token(a, end - a, TokenKind.Word));
            return;
        }

        tokens.Add(new Token(start, length, KindOf(text, start)));
    }

    private static TokenKind KindOf(ReadOnlySpan<char> text, int start) =>
        CharClass.Of(text[start]) == CharKind.Digit || (text[start] == '.' && start + 1 < text.Length && char.IsAsciiDigit(text[start + 1]))
            ? TokenKind.Number
            : TokenKind.Word;

    /// <summary>2015-11-30 stays one number token; other digit ranges ("1990-91") split like OntoNotes.</summary>
    private static bool IsIsoDate(ReadOnlySpan<char> run) =>
        run.Length == 10 && run[4] == '-' && run[7] == '-'
        && char.IsAsciiDigit(run[0]) && char.IsAsciiDigit(run[1]) && char.IsAsciiDigit(run[2]) && char.IsAsciiDigit(run[3])
        && char.IsAsciiDigit(run[5]) && char.IsAsciiDigit(run[6]) && char.IsAsciiDigit(run[8]) && char.IsAsciiDigit(run[9]);

    private static bool IsAllAsciiUpper(ReadOnlySpan<char> run)
    {
        foreach (char c in run)
            if (!CharClass.IsAsciiUpper(c)) return false;
        return run.Length > 0;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> run)
    {
        foreach (char c in run)
            if (!char.IsAsciiDigit(c)) return false;
        return run.Length > 0;
    }
}
