using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Tokenization;

/// <summary>
/// Groups tokens into sentences and the text into paragraphs. (Interim rules: a sentence ends
/// after . ! ? or at a line break; the full rule set with abbreviations replaces this.)
/// </summary>
internal sealed class SentenceSplitter : IProcess
{
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        int first = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            bool end = t == tokens.Count - 1
                || tok.Length == 1 && text[tok.Start] is '.' or '!' or '?'
                || text.AsSpan(tok.End, tokens[t + 1].Start - tok.End).Contains('\n');
            if (end)
            {
                document.Sentences.Add(new Sentence(first, t + 1 - first, tokens[first].Start, tok.End));
                first = t + 1;
            }
        }

        int p = 0;
        while (p < text.Length)
        {
            while (p < text.Length && (text[p] == '\n' || text[p] == '\r')) p++;
            if (p >= text.Length) break;
            int nl = text.IndexOf('\n', p);
            int end = nl < 0 ? text.Length : nl;
            int trimmed = end;
            while (trimmed > p && text[trimmed - 1] == '\r') trimmed--;
            document.Paragraphs.Add(new Paragraph(p, trimmed));
            p = end;
        }
    }
}
