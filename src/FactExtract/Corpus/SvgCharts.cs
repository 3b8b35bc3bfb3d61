using System.Globalization;
using System.Text;

namespace FactExtract.Corpus;

/// <summary>
/// Hand-written inline SVG for the corpus report: a multi-series line chart, a sparkline and a bar histogram, each with
/// axes, labels and units. Hand-written rather than a charting package because three small chart kinds need no
/// dependency, the page must work with no network, and the markup stays a few kilobytes whatever the data.
/// </summary>
internal static class SvgCharts
{
    public static readonly string[] Palette = { "#1971c2", "#d9480f", "#2f9e44", "#9c36b5", "#e67700", "#0c8599", "#c2255c", "#5c940d" };

    private const int Width = 960, Height = 300, Left = 64, Right = 40, Top = 16, Bottom = 56;

    /// <summary>One line per series over a shared axis of buckets (months or years).</summary>
    public static void Lines(StringBuilder html, Axis axis, IReadOnlyList<(string Name, long[] Values)> series, string xTitle, string yUnit, string title)
    {
        long max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        Open(html, title);
        Frame(html, axis, max, xTitle, yUnit);
        for (int s = 0; s < series.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            html.Append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").Append(colour).Append("\" points=\"");
            for (int i = 0; i < axis.Count; i++)
                html.Append(F(Left + X(i, axis.Count, plotW))).Append(',').Append(F(Top + plotH - series[s].Values[i] * (double)plotH / max)).Append(' ');
            html.Append("\"><title>").Append(Html.Escape(series[s].Name)).Append("</title></polyline>\n");
        }

        html.Append("</svg>\n");
    }

    /// <summary>Bars per bucket.</summary>
    public static void Bars(StringBuilder html, Axis axis, long[] values, string xTitle, string yUnit, string title, string colour)
    {
        long max = Math.Max(1, values.DefaultIfEmpty(0).Max());
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        Open(html, title);
        Frame(html, axis, max, xTitle, yUnit);
        var slot = plotW / (double)Math.Max(1, axis.Count);
        for (int i = 0; i < axis.Count; i++)
        {
            if (values[i] == 0) continue;
            var h = values[i] * (double)plotH / max;
            html.Append("<rect fill=\"").Append(colour).Append("\" x=\"").Append(F(Left + i * slot + slot * 0.1))
                .Append("\" y=\"").Append(F(Top + plotH - h)).Append("\" width=\"").Append(F(Math.Max(0.5, slot * 0.8)))
                .Append("\" height=\"").Append(F(h)).Append("\"><title>").Append(Html.Escape(axis.Labels[i])).Append(": ")
                .Append(values[i].ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Html.Escape(yUnit)).Append("</title></rect>\n");
        }

        html.Append("</svg>\n");
    }

    /// <summary>A tiny unlabelled line for a table row; the row's own columns and the big chart carry the units.</summary>
    public static void Sparkline(StringBuilder html, long[] values, string colour)
    {
        const int w = 120, h = 24;
        long max = Math.Max(1, values.DefaultIfEmpty(0).Max());
        html.Append("<svg class=\"spark\" width=\"").Append(w).Append("\" height=\"").Append(h).Append("\" viewBox=\"0 0 ").Append(w).Append(' ').Append(h)
            .Append("\" role=\"img\" aria-label=\"mentions per month\"><polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").Append(colour).Append("\" points=\"");
        for (int i = 0; i < values.Length; i++)
            html.Append(F(1 + X(i, values.Length, w - 2))).Append(',').Append(F(h - 2 - values[i] * (h - 4.0) / max)).Append(' ');
        html.Append("\"/></svg>");
    }

    private static void Open(StringBuilder html, string title) =>
        html.Append("<svg class=\"chart\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height)
            .Append("\" role=\"img\" aria-label=\"").Append(Html.Escape(title)).Append("\">\n");

    // Axes with ticks: about five round steps up the y axis, at most twelve labels along x.
    private static void Frame(StringBuilder html, Axis axis, long max, string xTitle, string yUnit)
    {
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        html.Append("<g class=\"axis\">");
        html.Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(Top).Append("\" x2=\"").Append(Left).Append("\" y2=\"").Append(Top + plotH).Append("\"/>");
        html.Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(Top + plotH).Append("\" x2=\"").Append(Width - Right).Append("\" y2=\"").Append(Top + plotH).Append("\"/>");
        var step = NiceStep(max);
        for (long v = 0; v <= max; v += step)
        {
            var y = Top + plotH - v * (double)plotH / max;
            html.Append("<line class=\"grid\" x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right).Append("\" y1=\"").Append(F(y)).Append("\" y2=\"").Append(F(y)).Append("\"/>");
            html.Append("<text x=\"").Append(Left - 6).Append("\" y=\"").Append(F(y + 4)).Append("\" text-anchor=\"end\">").Append(v.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        var every = Math.Max(1, (int)Math.Ceiling(axis.Count / 12.0));
        var slot = plotW / (double)Math.Max(1, axis.Count);
        for (int i = 0; i < axis.Count; i += every)
        {
            var x = Left + (axis.Centered ? i * slot + slot / 2 : X(i, axis.Count, plotW));
            html.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(Top + plotH + 16).Append("\" text-anchor=\"middle\">").Append(Html.Escape(axis.Labels[i])).Append("</text>");
        }

        html.Append("<text x=\"").Append(Left + plotW / 2).Append("\" y=\"").Append(Height - 8).Append("\" text-anchor=\"middle\" class=\"unit\">").Append(Html.Escape(xTitle)).Append("</text>");
        html.Append("<text transform=\"translate(14,").Append(Top + plotH / 2).Append(") rotate(-90)\" text-anchor=\"middle\" class=\"unit\">").Append(Html.Escape(yUnit)).Append("</text>");
        html.Append("</g>\n");
    }

    private static double X(int i, int count, int width) => count <= 1 ? width / 2.0 : i * (double)width / (count - 1);

    private static long NiceStep(long max)
    {
        var raw = Math.Max(1, max / 5.0);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return Math.Max(1, (long)step);
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
