using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Tokenization;

/// <summary>
/// Splits text into Penn-Treebank-like tokens. (Interim rules: whitespace, then punctuation
/// split off words; the full rule set with exceptions replaces this.)
/// </summary>
internal sealed class Tokenizer : IProcess
{
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken) =>
        Tokenize(document.Text, document.Tokens);

    public static void Tokenize(string text, List<Token> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(c)))) i++;
                tokens.Add(new Token(start, i - start, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
                continue;
            }
            i++;
            var kind = c is '"' or '\'' or '“' or '”' or '‘' or '’' ? TokenKind.QuoteMark
                : char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            tokens.Add(new Token(start, 1, kind));
        }
    }
}
