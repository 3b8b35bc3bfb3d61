using FactExtract.Text;

namespace FactExtract.Tokenization;

/// <summary>
/// Groups tokens into sentences and the text into paragraphs. A sentence never crosses a
/// paragraph (so headlines and bullet lines without final punctuation are sentences of their
/// own); inside a paragraph it ends after . ! ? or an ellipsis, together with the closing quotes
/// and brackets attached to it (".”", "?\""), unless the next word is lower case ("“Why?” she
/// asked"). An abbreviation ends a sentence only when a typical sentence opener follows it
/// ("in the U.S. The next day", but "U.S. officials", "Mr. Smith").
/// </summary>
internal sealed class SentenceSplitter : IProcess
{
    /// <summary>Text with no sentence punctuation at all is cut into sentences of at most this many tokens.</summary>
    public const int MaxSentenceTokens = 1000;

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        Split(document.Text, document.Tokens, document.Sentences, document.Paragraphs);
        TextLines.Split(document.Text, document.Lines);
    }

    /// <summary>Appends the paragraphs of <paramref name="text"/> and the sentences over <paramref name="tokens"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, List<Token> tokens, List<Sentence> sentences, List<Paragraph> paragraphs)
    {
        int firstParagraph = paragraphs.Count;
        ParagraphFinder.Find(text, paragraphs);
        int paragraph = firstParagraph;
        int paragraphEnd = paragraph < paragraphs.Count ? paragraphs[paragraph].End : int.MaxValue;
        int first = 0;
        int count = tokens.Count;
        for (int t = 0; t < count; t++)
        {
            int start = tokens[t].Start;
            if (start >= paragraphEnd)
            {
                if (t > first) Close(tokens, sentences, ref first, t);
                while (start >= paragraphEnd)
                {
                    paragraph++;
                    paragraphEnd = paragraph < paragraphs.Count ? paragraphs[paragraph].End : int.MaxValue;
                }
            }

            if (t + 1 == count) break;
            int last = SentenceEnd(text, tokens, t, paragraphEnd);
            if (last >= 0)
            {
                Close(tokens, sentences, ref first, last + 1);
                t = last;
            }
            else if (t + 1 - first >= MaxSentenceTokens)
            {
                Close(tokens, sentences, ref first, t + 1);
            }
        }

        if (count > first) Close(tokens, sentences, ref first, count);
    }

    private static void Close(List<Token> tokens, List<Sentence> sentences, ref int first, int end)
    {
        sentences.Add(new Sentence(first, end - first, tokens[first].Start, tokens[end - 1].End));
        first = end;
    }

    /// <summary>
    /// When token <paramref name="t"/> ends a sentence, the index of the sentence's last token
    /// (after the closing quotes and brackets that belong to it); otherwise -1.
    /// </summary>
    private static int SentenceEnd(ReadOnlySpan<char> text, List<Token> tokens, int t, int paragraphEnd)
    {
        var token = tokens[t];
        var span = text.Slice(token.Start, token.Length);
        char c = span[0];
        bool terminal = token.Kind == TokenKind.Punctuation && c is '.' or '!' or '?' or '\u2026';
        bool abbreviation = !terminal && token.Length > 1 && span[^1] == '.' && token.Kind == TokenKind.Word;
        if (!terminal && !abbreviation) return -1;

        // Closing quotes and brackets written right after the period belong to this sentence, and
        // so does more final punctuation attached to them ("?'.''", "….”").
        int last = t;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && tokens[last + 1].Start < paragraphEnd
               && (IsCloserOrTerminal(text, tokens[last + 1]) || EndsParagraph(tokens, last + 1, paragraphEnd)))
        {
            last++;
        }

        if (last + 1 >= tokens.Count) return last;
        var next = tokens[last + 1];
        if (next.Start >= paragraphEnd) return last;
        var nextSpan = text.Slice(next.Start, next.Length);
        char n0 = nextSpan[0];

        if (terminal)
        {
            bool ellipsis = c == '\u2026' || span.Length > 1 && c == '.';
            if (ellipsis) return StartsSentence(text, tokens, last + 1) ? last : -1;

            // ". ..." and "? !": the last of the marks decides.
            if (next.Kind == TokenKind.Punctuation && n0 is '.' or '!' or '?' or '\u2026') return -1;
            if (char.IsLower(n0) || n0 is ',' or ';' or ':' or ')') return -1;
            return last;
        }

        // An abbreviation: titles, months and "No." never end a sentence; "U.S.", "Inc.", initials may.
        if (last == t && WordLists.NeverFinal.Contains(span[..^1])) return -1;
        if (last > t) return char.IsLower(n0) ? -1 : last; // "… Inc.” He said"
        return StartsSentence(text, tokens, last + 1) ? last : -1;
    }

    private static bool IsCloserOrTerminal(ReadOnlySpan<char> text, Token token)
    {
        char c = text[token.Start];
        return token.Kind is TokenKind.QuoteMark or TokenKind.Punctuation && token.Length <= 3
            && (CharClass.IsCloser(c) || c is '.' or '!' or '?' or '\u2026');
    }

    /// <summary>A stray quote mark that is the paragraph's last token closes the sentence (a typo like “False.“).</summary>
    private static bool EndsParagraph(List<Token> tokens, int t, int paragraphEnd) =>
        tokens[t].Kind == TokenKind.QuoteMark && (t + 1 == tokens.Count || tokens[t + 1].Start >= paragraphEnd);

    /// <summary>Whether token <paramref name="t"/> looks like the first word of a new sentence.</summary>
    private static bool StartsSentence(ReadOnlySpan<char> text, List<Token> tokens, int t)
    {
        var token = tokens[t];
        var span = text.Slice(token.Start, token.Length);
        if (token.Kind == TokenKind.QuoteMark && t + 1 < tokens.Count)
        {
            var quoted = text.Slice(tokens[t + 1].Start, tokens[t + 1].Length);
            return char.IsUpper(quoted[0]);
        }

        return WordLists.SentenceStarters.Contains(span);
    }
}
