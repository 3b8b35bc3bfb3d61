using System.Globalization;

namespace FactExtract.Quotes;

/// <summary>
/// Splits a short range of text into words for the attribution rules. Independent of the
/// pipeline's tokenizer on purpose: the rules need the possessive split off ("BlackBerry’s" →
/// "BlackBerry" + "’s") and initials kept whole ("G.K."), whatever tokenization scheme is in use.
/// </summary>
internal static class WordLexer
{
    public static void Lex(string text, int start, int end, List<Word> words)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                int s = i;
                i++;
                while (i < end)
                {
                    char d = text[i];
                    // A combining mark belongs to the letter before it ("Ame\u0301lie", decomposed text): the word goes on.
                    if (char.IsLetterOrDigit(d) || IsCombiningMark(d)) { i++; continue; }
                    if (d is '\'' or '’')
                    {
                        // "’s" closing a word is the possessive; "don’t" stays whole.
                        if (i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2]))) break;
                        if (i + 1 < end && char.IsLetter(text[i + 1])) { i++; continue; }
                        break;
                    }

                    if (d is '-' or '&' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
                    // Initials and dotted abbreviations ("G.K.", "U.S.", "D-N.C."): keep the dots.
                    if (d == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && (i - 1 == s || !char.IsLetter(text[i - 2])))
                    {
                        i++;
                        continue;
                    }

                    break;
                }

                if (i < end && text[i] == '.' && i - s <= 3 && IsInitialLike(text, s, i)) i++;
                words.Add(new Word(s, i, WordKind.Word));
                continue;
            }

            if (c is '\'' or '’' && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])) && words.Count > 0 && words[^1].End == i)
            {
                words.Add(new Word(i, i + 2, WordKind.Possessive));
                i += 2;
                continue;
            }

            if (c is '’' or '\'' && words.Count > 0 && words[^1].End == i && text[i - 1] is 's')
            {
                words.Add(new Word(i, i + 1, WordKind.Possessive));
                i++;
                continue;
            }

            words.Add(new Word(i, i + 1, QuoteMarks.IsDouble(c) ? WordKind.QuoteMark : WordKind.Punct));
            i++;
        }
    }

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // "Rep.", "Dr.", "J." and "U.S." keep their final dot; a sentence-final "said." does not.
    private static bool IsInitialLike(string text, int s, int e)
    {
        var w = text.AsSpan(s, e - s);
        if (w.Contains('.')) return true;
        if (w.Length == 1) return char.IsUpper(w[0]);
        return CueLexicon.IsTitleAbbreviation(w);
    }
}
