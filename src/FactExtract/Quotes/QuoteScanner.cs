using System.Buffers;
using FactExtract.Text;

namespace FactExtract.Quotes;

/// <summary>
/// Pairs double quote marks into spans, paragraph by paragraph. Follows the news convention for
/// long quotations (every paragraph opens with a mark, only the last one closes), keeps nested
/// quotes inside their outer quote, ignores marks inside markup tags, and caps a quotation whose
/// closing mark is missing at the end of its paragraph so it never swallows the rest of the article.
/// </summary>
internal static class QuoteScanner
{
    // The characters of QuoteMarks.IsDouble, and the start of a markup tag.
    private static readonly SearchValues<char> MarksAndTags = SearchValues.Create("\"“”„«»‟＂<");

    public static void Scan(string text, List<Paragraph> lines, List<QuoteSpan> spans)
    {
        int open = -1, depth = 0, firstLine = 0, lastInnerClose = -1;
        for (int li = 0; li < lines.Count; li++)
        {
            var line = lines[li];
            int j = line.Start;
            // A continued quotation's paragraph opens with a mark that belongs to it, not a new quote.
            if (open >= 0 && li > firstLine && QuoteMarks.IsDouble(text[j])) j++;
            for (; j < line.End; j++)
            {
                // Only quote marks and tags matter: jump to the next one.
                int skip = text.AsSpan(j, line.End - j).IndexOfAny(MarksAndTags);
                if (skip < 0) break;
                j += skip;
                char c = text[j];
                if (c == '<' && j + 1 < line.End && (char.IsLetter(text[j + 1]) || text[j + 1] == '/'))
                {
                    int close = text.IndexOf('>', j + 1, line.End - j - 1);
                    if (close > 0) { j = close; continue; }
                }

                if (!QuoteMarks.IsDouble(c)) continue;
                var role = QuoteMarks.Role(text, j, line.Start, line.End);
                if (role == MarkRole.Stray && (open < 0 || text[j] != '"')) continue;
                if (open < 0)
                {
                    if (role == MarkRole.Close) continue; // a closing mark with nothing open: a stray
                    open = j; depth = 1; firstLine = li; lastInnerClose = -1;
                    continue;
                }

                if (role == MarkRole.Open) { depth++; continue; }
                depth--;
                if (depth > 0) { lastInnerClose = j; continue; }
                spans.Add(new QuoteSpan(open, j + 1, true, firstLine, li));
                open = -1;
            }

            if (open < 0) continue;
            bool nextContinues = li + 1 < lines.Count && depth == 1 && StartsWithOpener(text, lines[li + 1]) && SameStyle(text[open], text[lines[li + 1].Start]);
            if (nextContinues) continue;
            // An inner quote left open is more likely a misread outer closing mark.
            int end = depth > 1 && lastInnerClose > open ? lastInnerClose + 1 : line.End;
            spans.Add(new QuoteSpan(open, end, end != line.End || QuoteMarks.IsDouble(text[end - 1]) && end - 1 > open, firstLine, li));
            open = -1;
        }
    }

    // A straight mark left open is a typing slip, not the start of a curly multi-paragraph quotation.
    private static bool SameStyle(char open, char next) => open == '"' == (next == '"');

    private static bool StartsWithOpener(string text, Paragraph line)
    {
        char c = text[line.Start];
        if (!QuoteMarks.IsDouble(c)) return false;
        return QuoteMarks.Role(text, line.Start, line.Start, line.End) is MarkRole.Open or MarkRole.Either;
    }
}
