using FactExtract.Text;

namespace FactExtract.Tokenization;

/// <summary>
/// The document's lines (<see cref="AnalyzedDocument.Lines"/>): every non-blank line, trimmed. News text puts one
/// paragraph on a line (with or without a blank line between), so a line break is where a quotation without a closing
/// mark must stop or continue. <see cref="ParagraphFinder"/>'s paragraphs differ on purpose: they join hard-wrapped
/// lines, for the sentence splitter.
/// </summary>
internal static class TextLines
{
    public static void Split(string text, List<Paragraph> lines)
    {
        int p = 0;
        while (p < text.Length)
        {
            int nl = text.IndexOf('\n', p);
            int end = nl < 0 ? text.Length : nl;
            int s = p, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) lines.Add(new Paragraph(s, e));
            p = end + 1;
        }
    }

    /// <summary>Index of the line holding <paramref name="offset"/> (or the last line before it).</summary>
    public static int IndexOf(List<Paragraph> lines, int offset)
    {
        int lo = 0, hi = lines.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (lines[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }

        return found;
    }
}
