using System.Globalization;
using System.Text;

namespace FactExtract.Evaluation;

/// <summary>
/// One self-contained HTML page for one result (displaCy-like): the article with entities (by
/// label), dates and quotations highlighted, each speaker linked to its quotations, reported speech
/// (content, cue and source, linked to each other), a legend and the facts summary. Given a gold evaluation it also marks misses, false alarms and wrong values
/// or speakers, and prints the scores. Inline CSS only, no script, no external asset; every piece
/// of text is HTML-escaped.
/// </summary>
internal static partial class HtmlReport
{
    public static string Render(ExtractionResult result, GoldEvaluation? evaluation = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var issues = evaluation?.Discrepancies ?? Array.Empty<GoldDiscrepancy>();
        var speakerColour = SpeakerColourMap(result.Quotes);
        var labels = result.Entities.Select(e => e.Label)
            .Concat(issues.Where(d => d.Kind == "entity" && d.Issue == GoldIssue.Miss).Select(d => d.Expected ?? ""))
            .Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToArray();

        var html = new StringBuilder(16 * 1024 + result.Text.Length * 4);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>FactExtract: ").Append(Escape(result.Id)).Append("</title>\n<style>\n").Append(BaseCss);
        foreach (var label in labels)
            html.Append(".ent-").Append(ClassName(label)).Append(" { background: ").Append(LabelColours.GetValueOrDefault(label, OtherLabelColour)).Append("; }\n");
        html.Append("</style>\n</head>\n<body>\n<main>\n");

        html.Append("<h1>").Append(Escape(result.Id)).Append("</h1>\n<div class=\"meta\">");
        if (result.Source is not null) html.Append("source ").Append(Escape(result.Source)).Append(" · ");
        html.Append("reference date ").Append(Escape(Day(result.ReferenceDate)))
            .Append(" · ").Append(result.Entities.Count).Append(" entities · ").Append(result.Dates.Count).Append(" dates · ")
            .Append(result.Quotes.Count).Append(" quotations · ").Append(ReportedSpeech(result).Count).Append(" reported statements");
        if (evaluation is not null) html.Append(" · compared with gold: ").Append(issues.Count).Append(" misses, false alarms and wrong attributes");
        html.Append("</div>\n");

        WriteLegend(html, labels, evaluation is not null);
        if (evaluation is not null) WriteScores(html, evaluation);

        html.Append("<h2>Article</h2>\n<div class=\"article\">");
        WriteMarkedText(html, result.Text, BuildMarks(result, issues, speakerColour));
        html.Append("</div>\n");

        WriteFacts(html, result, speakerColour);
        if (evaluation is not null) WriteDiscrepancies(html, issues);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Quotations are numbered q1, q2, ... in text order; the number links a quotation, its speaker and the summary.</summary>
    private static Dictionary<Quotation, int> QuoteNumbers(IReadOnlyList<Quotation> quotes)
    {
        var numbers = new Dictionary<Quotation, int>();
        for (int i = 0; i < quotes.Count; i++) numbers.TryAdd(quotes[i], i + 1);
        return numbers;
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    private static Dictionary<string, string> SpeakerColourMap(IEnumerable<Quotation> quotes)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var q in quotes)
            if (q.Speaker is { } s && !map.ContainsKey(s)) map[s] = SpeakerColours[map.Count % SpeakerColours.Length];
        return map;
    }

    private static string Colour(Dictionary<string, string> speakerColour, string? speaker) =>
        speaker is not null && speakerColour.TryGetValue(speaker, out var c) ? c : "#999999";

    private static List<Mark> BuildMarks(ExtractionResult result, IReadOnlyList<GoldDiscrepancy> issues, Dictionary<string, string> speakerColour)
    {
        var marks = new List<Mark>();
        var quoteNumber = QuoteNumbers(result.Quotes);

        string Flags(string kind, int start, int end, out string note)
        {
            var falseAlarm = issues.FirstOrDefault(d => d.Kind == kind && d.Issue == GoldIssue.FalseAlarm && d.Start == start && d.End == end);
            if (falseAlarm is not null)
            {
                note = falseAlarm.Expected is null ? " · FALSE ALARM (not in gold)" : $" · FALSE ALARM (gold: {falseAlarm.Expected})";
                return " fa";
            }

            var wrong = issues.Where(d => d.Kind == kind && d.Issue is not (GoldIssue.Miss or GoldIssue.FalseAlarm) && d.Start < end && start < d.End).ToArray();
            note = string.Concat(wrong.Select(d => $" · {d.Issue}: gold {d.Expected}"));
            return wrong.Length > 0 ? " wrong" : "";
        }

        var entityIds = new HashSet<int>();
        foreach (var e in result.Entities)
        {
            var cls = Flags("entity", e.Start, e.End, out var note);
            var title = $"{e.Label} · canonical: {e.Canonical}{note}";
            var id = entityIds.Add(e.Start) ? $" id=\"e-{e.Start}\"" : "";
            marks.Add(new Mark(e.Start, e.End, 2,
                first => $"<mark class=\"ent ent-{ClassName(e.Label)}{cls}\"{(first ? id : "")} data-kind=\"entity\" data-label=\"{Escape(e.Label)}\" data-start=\"{e.Start}\" data-end=\"{e.End}\" title=\"{Escape(title)}\">",
                "</mark>",
                $"<span class=\"lbl\">{Escape(e.Label)}</span>"));
        }

        foreach (var d in result.Dates)
        {
            var cls = Flags("date", d.Start, d.End, out var note);
            var title = $"{d.Type} · value {d.Value}{note}";
            marks.Add(new Mark(d.Start, d.End, 2,
                first => $"<mark class=\"date{cls}\"{(first ? $" id=\"d-{d.Start}\"" : "")} data-kind=\"date\" data-start=\"{d.Start}\" data-end=\"{d.End}\" data-value=\"{Escape(d.Value)}\" title=\"{Escape(title)}\">",
                "</mark>",
                $"<span class=\"lbl\">{Escape(d.Value)}</span>"));
        }

        foreach (var q in result.Quotes)
        {
            int n = quoteNumber[q];
            var cls = Flags("quote", q.Start, q.End, out var note);
            var colour = Colour(speakerColour, q.Speaker);
            var title = $"quotation {n} · speaker: {q.Speaker ?? "none given"}{(q.Cue is null ? "" : $" ({q.Cue})")}{note}";
            var back = q.SpeakerStart is { } ss ? $"<a href=\"#sp-{ss}\">q{n} · {Escape(q.Speaker ?? "?")}</a>" : $"q{n} · {Escape(q.Speaker ?? "no speaker")}";
            marks.Add(new Mark(q.Start, q.End, 0,
                first => $"<span class=\"quote{cls}\"{(first ? $" id=\"q-{n}\"" : "")} style=\"--spk:{colour}\" data-kind=\"quote\" data-start=\"{q.Start}\" data-end=\"{q.End}\" data-speaker=\"{Escape(q.Speaker ?? "")}\" title=\"{Escape(title)}\">",
                "</span>",
                $"<sup class=\"refs\">{back}</sup>"));
        }

        foreach (var mention in result.Quotes.Where(q => q.SpeakerStart is not null && q.SpeakerEnd is not null).GroupBy(q => (Start: q.SpeakerStart!.Value, End: q.SpeakerEnd!.Value)))
        {
            var quotes = mention.ToArray();
            var colour = Colour(speakerColour, quotes[0].Speaker);
            var numbers = quotes.Select(q => quoteNumber[q]).ToArray();
            var title = $"speaker {quotes[0].Speaker ?? "?"} of quotation{(numbers.Length > 1 ? "s" : "")} {string.Join(", ", numbers)}";
            var links = string.Concat(numbers.Select(n => $"<a href=\"#q-{n}\">q{n}</a>"));
            marks.Add(new Mark(mention.Key.Start, mention.Key.End, 1,
                first => $"<span class=\"speaker\"{(first ? $" id=\"sp-{mention.Key.Start}\"" : "")} style=\"--spk:{colour}\" data-kind=\"speaker\" data-start=\"{mention.Key.Start}\" data-end=\"{mention.Key.End}\" title=\"{Escape(title)}\">",
                "</span>",
                $"<sup class=\"refs\">{links}</sup>"));
        }

        AddAttributionMarks(marks, ReportedSpeech(result), speakerColour);

        foreach (var miss in issues.Where(d => d.Issue == GoldIssue.Miss))
        {
            var title = $"MISSED {miss.Kind}: gold {miss.Expected}{(miss.Found is null ? "" : $", predicted {miss.Found}")}";
            marks.Add(new Mark(miss.Start, miss.End, 3,
                _ => $"<span class=\"miss\" data-kind=\"miss\" data-miss-kind=\"{miss.Kind}\" data-start=\"{miss.Start}\" data-end=\"{miss.End}\" title=\"{Escape(title)}\">",
                "</span>",
                $"<span class=\"lbl\">missed {Escape(miss.Kind == "quote" ? "quote" : miss.Expected ?? "")}</span>"));
        }

        return marks;
    }

    /// <summary>The attributions a quotation does not already show: mixed and indirect ones, numbered a1, a2, ... in text order.</summary>
    private static List<AttributionMention> ReportedSpeech(ExtractionResult result) =>
        result.Attributions.Where(a => a.Kind != AttributionKind.Direct).ToList();

    /// <summary>
    /// Each reported statement's content, cue and source: the content links to its source, the cue and the source to
    /// the content (a source of several statements links to each).
    /// </summary>
    private static void AddAttributionMarks(List<Mark> marks, List<AttributionMention> statements, Dictionary<string, string> speakerColour)
    {
        for (int i = 0; i < statements.Count; i++)
        {
            var a = statements[i];
            int n = i + 1;
            var colour = Colour(speakerColour, a.Speaker);
            var title = $"{a.KindName} statement a{n} · source: {a.Source?.Text ?? "none found"}{(a.Speaker is null ? "" : $" ({a.Speaker})")} · cue: {a.Cue?.Text ?? "none"}";
            var back = a.Source is { } src ? $"<a href=\"#src-{src.Start}\">a{n} · {Escape(a.Speaker ?? src.Text)}</a>" : $"a{n}";
            marks.Add(new Mark(a.Start, a.End, 0,
                first => $"<span class=\"attr attr-{a.KindName}\"{(first ? $" id=\"a-{n}\"" : "")} style=\"--spk:{colour}\" data-kind=\"attribution\" data-attribution-kind=\"{a.KindName}\" data-start=\"{a.Start}\" data-end=\"{a.End}\" data-speaker=\"{Escape(a.Speaker ?? "")}\" title=\"{Escape(title)}\">",
                "</span>",
                $"<sup class=\"refs\">{back}</sup>"));
            if (a.Cue is { } cue)
            {
                marks.Add(new Mark(cue.Start, cue.End, 1,
                    _ => $"<span class=\"cue\" data-kind=\"cue\" data-start=\"{cue.Start}\" data-end=\"{cue.End}\" title=\"cue of a{n}\">",
                    "</span>",
                    $"<sup class=\"refs\"><a href=\"#a-{n}\">a{n}</a></sup>"));
            }
        }

        foreach (var source in statements.Select((a, i) => (a.Source, Number: i + 1, a.Speaker)).Where(x => x.Source is not null).GroupBy(x => (x.Source!.Start, x.Source.End)))
        {
            var numbers = source.Select(x => x.Number).ToArray();
            var colour = Colour(speakerColour, source.First().Speaker);
            var title = $"source of statement{(numbers.Length > 1 ? "s" : "")} {string.Join(", ", numbers.Select(k => $"a{k}"))}";
            var links = string.Concat(numbers.Select(k => $"<a href=\"#a-{k}\">a{k}</a>"));
            marks.Add(new Mark(source.Key.Start, source.Key.End, 1,
                first => $"<span class=\"source\"{(first ? $" id=\"src-{source.Key.Start}\"" : "")} style=\"--spk:{colour}\" data-kind=\"source\" data-start=\"{source.Key.Start}\" data-end=\"{source.Key.End}\" title=\"{Escape(title)}\">",
                "</span>",
                $"<sup class=\"refs\">{links}</sup>"));
        }
    }

    private static void WriteLegend(StringBuilder html, IReadOnlyList<string> labels, bool withGold)
    {
        html.Append("<div class=\"legend\" id=\"legend\"><strong>Legend</strong>");
        foreach (var label in labels)
            html.Append("<span class=\"key ent-").Append(ClassName(label)).Append("\">").Append(Escape(label)).Append("</span>");
        html.Append("<span class=\"key\" style=\"background:#bfe1d9\">date (TIMEX3 value)</span>");
        html.Append("<span class=\"key quote\">quotation</span>");
        html.Append("<span class=\"key speaker\">speaker → its quotations</span>");
        html.Append("<span class=\"key attr\">reported statement (mixed or indirect)</span>");
        html.Append("<span class=\"key cue\">its cue</span>");
        html.Append("<span class=\"key source\">its source → its statements</span>");
        if (withGold)
        {
            html.Append("<span class=\"key miss\">missed (in gold, not found)</span>");
            html.Append("<span class=\"key fa\">false alarm (found, not in gold)</span>");
            html.Append("<span class=\"key wrong\">wrong extent, value or speaker</span>");
        }

        html.Append("</div>\n");
    }

    private static void WriteFacts(StringBuilder html, ExtractionResult result, Dictionary<string, string> speakerColour)
    {
        var facts = result.Facts;
        html.Append("<h2>Facts</h2>\n<div class=\"facts\" id=\"facts\">\n<section><h3>Organisations</h3>\n<table><tr><th>organisation</th><th>mentions</th><th>first at</th></tr>\n");
        foreach (var o in facts.Organisations)
            html.Append("<tr><td><a href=\"#e-").Append(o.FirstStart).Append("\">").Append(Escape(o.Canonical)).Append("</a></td><td class=\"num\">")
                .Append(o.Mentions).Append("</td><td class=\"num\">").Append(o.FirstStart).Append("</td></tr>\n");
        html.Append("</table></section>\n<section><h3>Timeline</h3>\n<table><tr><th>value</th><th>type</th><th>as written</th><th>mentions</th></tr>\n");
        foreach (var t in facts.Timeline)
            html.Append("<tr><td><a href=\"#d-").Append(t.FirstStart).Append("\">").Append(Escape(t.Value)).Append("</a></td><td>").Append(Escape(t.Type))
                .Append("</td><td>").Append(Escape(t.Text)).Append("</td><td class=\"num\">").Append(t.Mentions).Append("</td></tr>\n");
        html.Append("</table></section>\n</div>\n<h3>Who said what</h3>\n<ul class=\"said\">\n");
        var number = QuoteNumbers(result.Quotes);
        foreach (var s in facts.Speakers)
        {
            html.Append("<li><strong style=\"color:").Append(Colour(speakerColour, s.Speaker)).Append("\">").Append(Escape(s.Speaker ?? "(no speaker given)"))
                .Append("</strong>: ").Append(s.Quotes.Count).Append(s.Quotes.Count == 1 ? " quotation" : " quotations").Append("<ul>");
            foreach (var q in s.Quotes)
            {
                var n = number.TryGetValue(q, out var k) ? k.ToString(CultureInfo.InvariantCulture) : "?";
                html.Append("<li><a href=\"#q-").Append(n).Append("\">q").Append(n).Append("</a> ").Append(Escape(q.Text)).Append("</li>");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static void WriteScores(StringBuilder html, GoldEvaluation e)
    {
        html.Append("<h2>Scores against gold</h2>\n<table id=\"scores\"><tr><th>what</th><th>gold</th><th>predicted</th><th>correct</th><th>P</th><th>R</th><th>F1</th></tr>\n");
        void Row(string name, GoldCounts c) =>
            html.Append("<tr><td>").Append(Escape(name)).Append("</td><td class=\"num\">").Append(c.Gold).Append("</td><td class=\"num\">").Append(c.Predicted)
                .Append("</td><td class=\"num\">").Append(c.Correct).Append("</td><td class=\"num\">").Append(F(c.Precision)).Append("</td><td class=\"num\">")
                .Append(F(c.Recall)).Append("</td><td class=\"num\">").Append(F(c.F1)).Append("</td></tr>\n");
        foreach (var (label, counts) in e.EntityLabels) Row($"entity {label}", counts);
        Row("entities, all", e.Entities);
        Row("dates, strict", e.DatesStrict);
        Row("dates, relaxed", e.DatesRelaxed);
        Row("dates, with value", e.DateValues);
        Row("quotations, exact", e.QuotesExact);
        Row("quotations, overlap", e.QuotesOverlap);
        html.Append("</table>\n<div class=\"meta\">date value accuracy ").Append(F(e.DateValueAccuracy.Value))
            .Append(" · speaker accuracy ").Append(F(e.Speakers.Value))
            .Append(" · reference date: gold ").Append(Day(e.GoldReferenceDate)).Append(", predicted ").Append(Day(e.PredictedReferenceDate)).Append("</div>\n");
    }

    private static void WriteDiscrepancies(StringBuilder html, IReadOnlyList<GoldDiscrepancy> issues)
    {
        html.Append("<h2>Misses and false alarms</h2>\n<table id=\"discrepancies\"><tr><th>issue</th><th>kind</th><th>text</th><th>gold</th><th>predicted</th><th>line</th></tr>\n");
        foreach (var d in issues)
            html.Append("<tr><td>").Append(Escape(d.Issue.ToString())).Append("</td><td>").Append(Escape(d.Kind)).Append("</td><td>").Append(Escape(d.Text))
                .Append("</td><td>").Append(Escape(d.Expected ?? "")).Append("</td><td>").Append(Escape(d.Found ?? "")).Append("</td><td class=\"num\">")
                .Append(d.Line).Append("</td></tr>\n");
        html.Append("</table>\n");
    }
}
