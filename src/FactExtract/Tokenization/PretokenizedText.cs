using FactExtract.Text;

namespace FactExtract.Tokenization;

/// <summary>Text that comes already split into words (a CoNLL column): the words joined by spaces, one token per word, so a tagger reads them like document text.</summary>
internal static class PretokenizedText
{
    public static (string Text, Token[] Tokens) Join(IReadOnlyList<string> words)
    {
        var tokens = new Token[words.Count];
        int offset = 0;
        for (int i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(offset, words[i].Length, TokenKind.Word);
            offset += words[i].Length + 1;
        }

        return (string.Join(' ', words), tokens);
    }

    /// <summary>
    /// Several sentences' words as one text, a sentence to a line: the words joined by spaces, the sentences by line
    /// breaks, one token per word; <c>First</c> holds each sentence's first token.
    /// </summary>
    public static (string Text, Token[] Tokens, int[] First) JoinLines(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var lines = new string[sentences.Count];
        var first = new int[sentences.Count];
        int count = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            first[s] = count;
            count += sentences[s].Count;
            lines[s] = string.Join(' ', sentences[s]);
        }

        var tokens = new Token[count];
        int offset = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int w = 0; w < sentences[s].Count; w++)
            {
                tokens[first[s] + w] = new Token(offset, sentences[s][w].Length, TokenKind.Word);
                offset += sentences[s][w].Length + 1;
            }

            if (sentences[s].Count == 0) offset++;
        }

        return (string.Join('\n', lines), tokens, first);
    }
}
