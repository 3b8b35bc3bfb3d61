using System.Net;
using System.Text.RegularExpressions;

namespace FactExtract.TestSupport;

/// <summary>Small structural checks on the report's HTML, enough to catch bad nesting and unescaped text.</summary>
internal static partial class HtmlStructure
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "meta", "br", "hr", "img", "link", "input" };

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<span class=""lbl"">.*?</span>|<sup class=""refs"">.*?</sup>")]
    private static partial Regex Badge();

    /// <summary>Every element is closed, in the order it was opened; returns the first problem or null.</summary>
    public static string? NestingProblem(string html)
    {
        var stack = new Stack<string>();
        foreach (Match m in Tag().Matches(html))
        {
            var name = m.Groups[2].Value.ToLowerInvariant();
            if (m.Value.EndsWith("/>", StringComparison.Ordinal)) continue; // self-closed, as in inline SVG
            if (m.Groups[1].Value == "")
            {
                if (!VoidElements.Contains(name)) stack.Push(name);
            }
            else if (stack.Count == 0 || stack.Pop() != name)
            {
                return $"unexpected </{name}> at {m.Index}";
            }
        }

        return stack.Count == 0 ? null : $"unclosed <{stack.Peek()}>";
    }

    /// <summary>The article block's text with tags and badges removed and entities decoded.</summary>
    public static string ArticleText(string html)
    {
        int start = html.IndexOf("<div class=\"article\">", StringComparison.Ordinal) + "<div class=\"article\">".Length;
        int end = html.IndexOf("</div>\n", start, StringComparison.Ordinal);
        var inner = Badge().Replace(html[start..end], "");
        return WebUtility.HtmlDecode(Tag().Replace(inner, ""));
    }
}
