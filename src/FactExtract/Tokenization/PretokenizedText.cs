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
}
