using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactExtract.Input;

/// <summary>
/// Reads a saved news page with AngleSharp's HTML5 parser (no scripts run, nothing fetched): the main text
/// (headline, then the paragraphs of the article body, without navigation, asides, scripts or footers) and
/// the publication date from the page's metadata.
/// </summary>
internal static class HtmlArticle
{
    // Containers whose text is page furniture, not the article.
    private const string Furniture = "script, style, noscript, template, nav, aside, footer, header:not(article header), form, iframe, svg, figure, button";

    // The blocks that carry the article's text, in document order.
    private const string Blocks = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    // Publication-date metadata, most specific first (Open Graph / article, schema.org, Dublin Core, common CMS tags).
    private static readonly string[] DateSelectors =
    {
        "meta[property='article:published_time']",
        "meta[property='og:article:published_time']",
        "meta[itemprop='datePublished']",
        "[itemprop='datePublished'][datetime]",
        "meta[name='pubdate']",
        "meta[name='publishdate']",
        "meta[name='date']",
        "meta[name='DC.date.issued']",
        "meta[name='dc.date']",
        "meta[name='parsely-pub-date']",
    };

    public static (string Text, DateOnly? Date) Extract(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var date = PublicationDate(document);
        foreach (var junk in document.QuerySelectorAll(Furniture).ToArray()) junk.Remove();

        var container = MainContainer(document);
        var text = new StringBuilder();
        var title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? document.Title;
        if (container?.QuerySelector("h1") is null && !string.IsNullOrWhiteSpace(title)) AppendBlock(text, title);

        if (container is not null)
        {
            // Nested blocks (a <p> inside an <li>) would repeat their text; keep only the outermost.
            foreach (var block in container.QuerySelectorAll(Blocks))
                if (!HasBlockAncestor(block, container)) AppendBlock(text, block.TextContent);
            if (text.Length == 0 || container.QuerySelector(Blocks) is null) AppendBlock(text, container.TextContent);
        }

        return (text.ToString(), date);
    }

    private static IElement? MainContainer(IDocument document)
    {
        var articles = document.QuerySelectorAll("[itemprop='articleBody'], article");
        if (articles.Length > 0) return articles.MaxBy(a => a.TextContent.Length);
        return document.QuerySelector("main") ?? document.Body;
    }

    private static bool HasBlockAncestor(IElement element, IElement container)
    {
        for (var parent = element.ParentElement; parent is not null && parent != container; parent = parent.ParentElement)
            if (parent.Matches(Blocks)) return true;
        return false;
    }

    private static void AppendBlock(StringBuilder text, string raw)
    {
        int before = text.Length;
        if (before > 0) text.Append("\n\n");
        bool space = false;
        int start = text.Length;
        foreach (char c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > start;
                continue;
            }

            if (space) text.Append(' ');
            space = false;
            text.Append(c);
        }

        if (text.Length == start) text.Length = before;
    }

    private static DateOnly? PublicationDate(IDocument document)
    {
        foreach (var selector in DateSelectors)
        {
            var element = document.QuerySelector(selector);
            var value = element?.GetAttribute("content") ?? element?.GetAttribute("datetime");
            if (DateField.Parse(value) is { } date) return date;
        }

        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            if (JsonLdDate(script.TextContent) is { } date) return date;

        return DateField.Parse(document.QuerySelector("article time[datetime], time[pubdate]")?.GetAttribute("datetime"));
    }

    private static DateOnly? JsonLdDate(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FindDatePublished(doc.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateOnly? FindDatePublished(JsonElement element, int depth)
    {
        if (depth > 8) return null;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("datePublished", out var v) && v.ValueKind == JsonValueKind.String && DateField.Parse(v.GetString()) is { } d) return d;
            foreach (var property in element.EnumerateObject())
                if (FindDatePublished(property.Value, depth + 1) is { } inner) return inner;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindDatePublished(item, depth + 1) is { } inner) return inner;
        }

        return null;
    }
}
