using System.Buffers;
using FactExtract.Text;

namespace FactExtract.Tokenization;

/// <summary>
/// Paragraphs are the non-empty lines of the text, trimmed: in news, each paragraph is one line,
/// separated by a blank line or a single line break. Hard-wrapped prose is the exception: a line
/// that runs on into a next line starting in lower case continues the same paragraph.
/// </summary>
internal static class ParagraphFinder
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u000B\u000C\u0085\u2028\u2029");

    public static void Find(ReadOnlySpan<char> text, List<Paragraph> paragraphs)
    {
        int paragraphStart = -1, paragraphEnd = -1;
        int i = 0;
        while (i < text.Length)
        {
            int found = text[i..].IndexOfAny(LineBreaks);
            int lineEnd = found < 0 ? text.Length : i + found;
            int contentStart = i, contentEnd = lineEnd;
            while (contentStart < contentEnd && CharClass.Of(text[contentStart]) == CharKind.Space) contentStart++;
            while (contentEnd > contentStart && CharClass.Of(text[contentEnd - 1]) == CharKind.Space) contentEnd--;

            if (contentStart == contentEnd)
            {
                if (paragraphStart >= 0) paragraphs.Add(new Paragraph(paragraphStart, paragraphEnd));
                paragraphStart = -1;
            }
            else
            {
                if (paragraphStart >= 0 && !IsWrapped(text, paragraphEnd, contentStart))
                {
                    paragraphs.Add(new Paragraph(paragraphStart, paragraphEnd));
                    paragraphStart = -1;
                }

                if (paragraphStart < 0) paragraphStart = contentStart;
                paragraphEnd = contentEnd;
            }

            i = lineEnd;
            if (i < text.Length) i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
        }

        if (paragraphStart >= 0) paragraphs.Add(new Paragraph(paragraphStart, paragraphEnd));
    }

    /// <summary>A line that stops mid-phrase and runs on into a line starting in lower case was wrapped, not ended.</summary>
    private static bool IsWrapped(ReadOnlySpan<char> text, int previousEnd, int nextStart) =>
        char.IsLower(text[nextStart])
        && (CharClass.IsLetterOrDigit(text[previousEnd - 1]) || text[previousEnd - 1] is ',' or ';' or '-');
}
