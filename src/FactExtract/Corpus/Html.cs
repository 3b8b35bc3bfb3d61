namespace FactExtract.Corpus;

/// <summary>Text made safe for HTML and SVG text and quoted attributes.</summary>
internal static class Html
{
    /// <summary>Escapes the five characters that matter, so a name such as <c>&lt;script&gt;</c> shows as text and never runs.</summary>
    public static string Escape(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        if (s.AsSpan().IndexOfAny("<>&\"'") < 0) return s;
        return s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
    }

    /// <summary>Escapes a string cut to <paramref name="length"/> characters: one absurdly long name must not make the page huge.</summary>
    public static string Clip(string? s, int length = 200) =>
        Escape(s is not null && s.Length > length ? string.Concat(s.AsSpan(0, length - 1), "…") : s);
}
