using System.Text;

namespace FactExtract.Evaluation;

internal static partial class HtmlReport
{
    /// <summary>
    /// One highlighted range. <paramref name="Layer"/> orders marks sharing a start: lower layers
    /// open first (outside). <paramref name="Open"/> receives whether this is the first piece,
    /// because a mark crossing another is split and only its first piece carries the id.
    /// </summary>
    private sealed record Mark(int Start, int End, int Layer, Func<bool, string> Open, string Close, string Suffix);

    /// <summary>
    /// Writes the text with the marks as properly nested elements: at every boundary the elements
    /// that no longer enclose the next stretch are closed and the missing ones (re)opened, so
    /// crossing ranges (an entity straddling a quote's end, a miss overlapping a false alarm) still
    /// give valid HTML. A mark's suffix (its label badge, its links) is written where it really ends.
    /// </summary>
    private static void WriteMarkedText(StringBuilder html, string text, IReadOnlyList<Mark> marks)
    {
        var ordered = marks
            .Where(m => m.Start < m.End && m.Start >= 0 && m.End <= text.Length)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Layer)
            .ToArray();
        var boundaries = ordered.SelectMany(m => new[] { m.Start, m.End }).Append(0).Append(text.Length).Distinct().Order().ToArray();
        var open = new List<Mark>();
        var opened = new HashSet<Mark>(ReferenceEqualityComparer.Instance);

        for (int b = 0; b < boundaries.Length; b++)
        {
            int pos = boundaries[b];
            var active = ordered.Where(m => m.Start <= pos && pos < m.End).ToList();

            int keep = 0;
            while (keep < open.Count && keep < active.Count && ReferenceEquals(open[keep], active[keep])) keep++;
            for (int i = open.Count - 1; i >= keep; i--)
            {
                if (open[i].End == pos) html.Append(open[i].Suffix);
                html.Append(open[i].Close);
            }

            open.RemoveRange(keep, open.Count - keep);
            for (int i = keep; i < active.Count; i++)
            {
                html.Append(active[i].Open(opened.Add(active[i])));
                open.Add(active[i]);
            }

            if (b + 1 < boundaries.Length) html.Append(Escape(text[pos..boundaries[b + 1]]));
        }
    }

    /// <summary>Escapes the five characters that matter in text and quoted attributes; the page is UTF-8, so nothing else needs it.</summary>
    private static string Escape(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0) return s;
        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A label usable as a CSS class name whatever a prediction file put in it.</summary>
    private static string ClassName(string label)
    {
        var sb = new StringBuilder(label.Length);
        foreach (var c in label) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        return sb.ToString();
    }
}
