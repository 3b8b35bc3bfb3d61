using System.Globalization;
using System.Text;

namespace FactExtract.Corpus;

/// <summary>
/// A <see cref="CorpusSummary"/> as one self-contained HTML page: inline CSS, inline SVG charts, a few lines of inline
/// script for the quotation search, nothing fetched. Every string from the data is escaped, and tables and strings are
/// clipped, so the page stays a few megabytes at most whatever the summary holds.
/// </summary>
public static partial class CorpusHtmlReport
{
    // Belt and braces over CorpusLimits: a summary built with huge limits still makes a bounded page.
    private const int MaxRows = 500;
    private const int ChartSeries = 5;

    /// <summary>Renders the page.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="options">Title and links; <see cref="CorpusHtmlOptions.Default"/> when null.</param>
    public static string Render(CorpusSummary summary, CorpusHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        options ??= CorpusHtmlOptions.Default;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Clip(options.Title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Html.Clip(options.Title)).Append("</h1>\n");
        if (options.Inputs.Count > 0)
            html.Append("<p class=\"meta\">From ").Append(string.Join(", ", options.Inputs.Take(20).Select(i => "<code>" + Html.Clip(i) + "</code>")))
                .Append(options.Inputs.Count > 20 ? $" and {options.Inputs.Count - 20} more" : "").Append(".</p>\n");
        if (summary.Approximate)
            html.Append("<p class=\"note\">The corpus named more organisations, speakers or pairs than the report tracks: the rarest were pruned while reading, so counts are lower bounds.</p>\n");

        Overview(html, summary);
        Organisations(html, summary, options);
        Speakers(html, summary, options);
        Time(html, summary);
        CoMentions(html, summary);
        Failures(html, summary);
        html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Overview(StringBuilder html, CorpusSummary s)
    {
        html.Append("<h2 id=\"overview\">Overview</h2>\n<div class=\"cards\">\n");
        Card(html, "documents", s.Documents);
        Card(html, "tokens", s.Tokens, "not in the results");
        Card(html, "failed documents", s.Failures);
        Card(html, "skipped lines", s.SkippedLines);
        Card(html, "without reference date", s.WithoutReferenceDate);
        Card(html, "entities", s.Entities);
        Card(html, "dates", s.Dates);
        Card(html, "quotations", s.Quotations);
        Card(html, "attributions", s.Attributions, "not in the results");
        html.Append("</div>\n");
    }

    private static void Card(StringBuilder html, string label, long? value, string missing = "") =>
        html.Append("<div class=\"card\"><div class=\"n\">").Append(value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "–")
            .Append("</div><div class=\"l\">").Append(Html.Escape(label)).Append(value is null ? $" <small>({Html.Escape(missing)})</small>" : "").Append("</div></div>\n");

    private static void Organisations(StringBuilder html, CorpusSummary s, CorpusHtmlOptions options)
    {
        html.Append("<h2 id=\"organisations\">Organisations</h2>\n");
        var rows = s.Organisations.Take(MaxRows).ToArray();
        if (rows.Length == 0)
        {
            html.Append("<p class=\"empty\">No organisation is mentioned.</p>\n");
            return;
        }

        // The x axis spans the months the articles were published in, so every organisation's line shares it.
        var axis = Axis.Spanning(s.Published.Select(p => p.Month), centered: false);
        if (axis is not null)
        {
            var series = rows.Take(ChartSeries).Select(o => (o.Name, axis.Values(o.ByMonth))).ToArray();
            html.Append("<figure>\n");
            SvgCharts.Lines(html, axis, series, $"{axis.Unit} of the article's reference date", $"mentions per {axis.Unit}", "Mentions of the top organisations by the articles' reference dates");
            html.Append("<figcaption>Mentions of the ").Append(series.Length).Append(" most mentioned organisations per ").Append(axis.Unit)
                .Append(" of the articles' reference dates: ");
            for (int i = 0; i < series.Length; i++)
                html.Append(i == 0 ? "" : ", ").Append("<span class=\"key\" style=\"background:").Append(SvgCharts.Palette[i % SvgCharts.Palette.Length]).Append("\"></span>").Append(Html.Clip(series[i].Name, 60));
            html.Append(".</figcaption>\n</figure>\n");
        }
        else
        {
            html.Append("<p class=\"empty\">No article has a reference date, so there is no time series.</p>\n");
        }

        html.Append("<table>\n<thead><tr><th>#</th><th>organisation</th><th class=\"num\">mentions</th><th class=\"num\">articles</th><th>per ")
            .Append(axis?.Unit ?? "month").Append("</th><th>articles</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.Length; i++)
        {
            var o = rows[i];
            html.Append("<tr><td class=\"num\">").Append(i + 1).Append("</td><td>").Append(Html.Clip(o.Name)).Append("</td><td class=\"num\">").Append(o.Mentions)
                .Append("</td><td class=\"num\">").Append(o.Articles).Append("</td><td>");
            if (axis is not null) SvgCharts.Sparkline(html, axis.Values(o.ByMonth), i < ChartSeries ? SvgCharts.Palette[i] : "#868e96");
            html.Append("</td><td>");
            html.Append(string.Join(" ", o.DocumentIds.Take(5).Select(id => DocumentLink(id, options))));
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Speakers(StringBuilder html, CorpusSummary s, CorpusHtmlOptions options)
    {
        html.Append("<h2 id=\"speakers\">People and speakers</h2>\n");
        var rows = s.Speakers.Take(MaxRows).ToArray();
        if (rows.Length == 0)
        {
            html.Append("<p class=\"empty\">No quotation is attributed to anyone.</p>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>#</th><th>speaker</th><th class=\"num\">quotations</th><th class=\"num\">articles</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.Length; i++)
            html.Append("<tr><td class=\"num\">").Append(i + 1).Append("</td><td>").Append(Html.Clip(rows[i].Name)).Append("</td><td class=\"num\">")
                .Append(rows[i].Quotations).Append("</td><td class=\"num\">").Append(rows[i].Articles).Append("</td></tr>\n");
        html.Append("</tbody></table>\n");

        html.Append("<h3>Their quotations</h3>\n<p><input id=\"quote-search\" type=\"search\" placeholder=\"Search the quotations and speakers\" aria-label=\"Search the quotations\"> <span id=\"quote-count\"></span></p>\n");
        html.Append("<table id=\"quotes\">\n<thead><tr><th>speaker</th><th>quotation</th><th>article</th><th>date</th></tr></thead>\n<tbody>\n");
        foreach (var speaker in rows)
            foreach (var q in speaker.Quotes.Take(20))
                html.Append("<tr><td>").Append(Html.Clip(speaker.Name)).Append("</td><td class=\"quote\">").Append(Html.Clip(q.Text, 400)).Append("</td><td>")
                    .Append(DocumentLink(q.DocumentId, options)).Append("</td><td class=\"date\">")
                    .Append(q.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–").Append("</td></tr>\n");
        html.Append("</tbody></table>\n");
    }

    private static void Time(StringBuilder html, CorpusSummary s)
    {
        html.Append("<h2 id=\"time\">Time</h2>\n");
        Histogram(html, s.TalkedAbout, "Dates the articles talk about", "talked about", "resolved date mentions", "#2f9e44",
            "What period the corpus is about: each date mention whose resolved value names a month, counted in that month.");
        Histogram(html, s.Published, "When the articles were published", "of the reference date", "articles", "#868e96",
            "The articles' reference dates, for comparison.");
    }

    private static void Histogram(StringBuilder html, IReadOnlyList<MonthCount> counts, string title, string xWhat, string yUnit, string colour, string caption)
    {
        html.Append("<h3>").Append(Html.Escape(title)).Append("</h3>\n");
        var axis = Axis.Spanning(counts.Select(c => c.Month), centered: true);
        if (axis is null)
        {
            html.Append("<p class=\"empty\">No dated data.</p>\n");
            return;
        }

        html.Append("<figure>\n");
        SvgCharts.Bars(html, axis, axis.Values(counts), $"{axis.Unit} {xWhat}", $"{yUnit} per {axis.Unit}", title, colour);
        html.Append("<figcaption>").Append(Html.Escape(caption)).Append("</figcaption>\n</figure>\n");
    }

    private static void CoMentions(StringBuilder html, CorpusSummary s)
    {
        html.Append("<h2 id=\"co-mentions\">Co-mentions</h2>\n");
        var rows = s.CoMentions.Take(MaxRows).ToArray();
        if (rows.Length == 0)
        {
            html.Append("<p class=\"empty\">No article names two organisations.</p>\n");
            return;
        }

        var max = Math.Max(1, rows.Max(r => r.Articles));
        html.Append("<p class=\"meta\">Organisations named in the same articles.</p>\n<table>\n<thead><tr><th>organisation</th><th>organisation</th><th class=\"num\">articles naming both</th><th></th></tr></thead>\n<tbody>\n");
        foreach (var r in rows)
            html.Append("<tr><td>").Append(Html.Clip(r.First)).Append("</td><td>").Append(Html.Clip(r.Second)).Append("</td><td class=\"num\">").Append(r.Articles)
                .Append("</td><td><span class=\"bar\" style=\"width:").Append((int)Math.Round(120.0 * r.Articles / max)).Append("px\"></span></td></tr>\n");
        html.Append("</tbody></table>\n");
    }

    private static void Failures(StringBuilder html, CorpusSummary s)
    {
        if (s.Failed.Count == 0) return;
        html.Append("<h2 id=\"failures\">Failed documents</h2>\n<p class=\"meta\">The first ").Append(s.Failed.Count).Append(" of ").Append(s.Failures)
            .Append(".</p>\n<table>\n<thead><tr><th>document</th><th>error</th></tr></thead>\n<tbody>\n");
        foreach (var f in s.Failed.Take(MaxRows))
            html.Append("<tr><td>").Append(Html.Clip(f.Id)).Append("</td><td>").Append(Html.Clip(f.Error, 300)).Append("</td></tr>\n");
        html.Append("</tbody></table>\n");
    }

    private static string DocumentLink(string id, CorpusHtmlOptions options)
    {
        if (options.DocumentsHref is null) return "<span class=\"doc\">" + Html.Clip(id, 80) + "</span>";
        var href = options.DocumentsHref + Uri.EscapeDataString(DocumentFileName.For(id));
        return "<a class=\"doc\" href=\"" + Html.Escape(href) + "\">" + Html.Clip(id, 80) + "</a>";
    }
}
