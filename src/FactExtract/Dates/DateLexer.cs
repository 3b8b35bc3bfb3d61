namespace FactExtract.Dates;

/// <summary>
/// Splits text into words, number chunks and punctuation for the date grammar. A number chunk is
/// a digit run with inner separators followed by a digit ("11/30/2015", "4:49", "2,000", "3-1")
/// plus a letter suffix ("30th", "1990s", "5pm"), so number shapes are judged whole.
/// </summary>
internal static class DateLexer
{
    public static void Lex(string text, List<DateToken> tokens)
    {
        var vocabulary = DateVocabulary.Lookup;
        int i = 0, n = text.Length;
        bool space = true;
        while (i < n)
        {
            char c = text[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c > 0x7F && char.IsWhiteSpace(c)) { space = true; i++; continue; }
            int start = i;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < n)
                {
                    char d = text[i];
                    if (char.IsAsciiDigit(d)) { i++; continue; }
                    if (d is '/' or ':' or '.' or ',' or '-' && i + 1 < n && char.IsAsciiDigit(text[i + 1])) { i += 2; continue; }
                    break;
                }

                int digits = i - start;
                while (i < n && char.IsAsciiLetter(text[i])) i++;
                tokens.Add(new DateToken(start, i, DateTokenKind.Number, DateWord.None, (byte)Math.Min(digits, 255), space, false));
            }
            else if (char.IsAsciiLetter(c) || c > 0x7F && char.IsLetter(c))
            {
                i++;
                while (i < n && (char.IsAsciiLetter(text[i]) || text[i] > 0x7F && char.IsLetter(text[i]))) i++;
                var word = DateWord.None;
                int length = i - start;
                if (length <= DateVocabulary.MaxWordLength && DateVocabulary.MayContain(char.ToLowerInvariant(c), length, text[i - 1]))
                    vocabulary.TryGetValue(text.AsSpan(start, length), out word);
                tokens.Add(new DateToken(start, i, DateTokenKind.Word, word, 0, space, char.IsAsciiLetterUpper(c) || c > 0x7F && char.IsUpper(c)));
            }
            else
            {
                i++;
                tokens.Add(new DateToken(start, i, DateTokenKind.Punctuation, DateWord.None, 0, space, false));
            }

            space = false;
        }
    }
}
