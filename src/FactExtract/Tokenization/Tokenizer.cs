using FactExtract.Text;

namespace FactExtract.Tokenization;

/// <summary>
/// Splits text into Penn Treebank / OntoNotes 5 tokens in one left-to-right pass over the
/// characters, with no allocation per token: a token is only an offset range and a kind.
/// </summary>
/// <remarks>
/// A letter or digit starts a word run that may hold word-internal punctuation ("U.S", "3.14",
/// "1,000", "4:49", "11/30/2015", "O'Brien", "state-of-the-art"); the run then takes a trailing
/// period when it is an abbreviation or an initial, and is cut the OntoNotes way: clitics
/// ("'s", "n't", "'re") and hyphens (except after prefixes such as "co-", "anti-", "mid-")
/// become tokens of their own. Everything else is punctuation, quote marks and symbols, with
/// exceptions for ellipses, dash runs, "’90s", "’n’", @handles, #hashtags, URLs and e-mails.
/// </remarks>
internal sealed class Tokenizer : IProcess
{
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken) =>
        Tokenize(document.Text, document.Tokens);

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<Token> tokens) => Tokenize(text.AsSpan(), tokens);

    /// <summary>Appends the tokens of <paramref name="text"/>; offsets are relative to the span's start.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            switch (CharClass.Of(text[i]))
            {
                case CharKind.Space:
                    i++;
                    break;
                case CharKind.Letter:
                case CharKind.Digit:
                    i = WordScanner.Scan(text, i, tokens);
                    break;
                default:
                    i = PunctuationScanner.Scan(text, i, tokens);
                    break;
            }
        }
    }
}
