namespace FactExtract.Evaluation;

internal static partial class HtmlReport
{
    /// <summary>Entity colours, displaCy's palette so that spaCy users read the page at once.</summary>
    private static readonly IReadOnlyDictionary<string, string> LabelColours = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ORG"] = "#7aecec",
        ["PERSON"] = "#aa9cfc",
        ["GPE"] = "#feca74",
        ["LOC"] = "#ff9561",
        ["NORP"] = "#c887fb",
        ["FAC"] = "#9cc9cc",
        ["PRODUCT"] = "#bfeeb7",
        ["EVENT"] = "#ffeb80",
        ["WORK_OF_ART"] = "#f0d0ff",
        ["LAW"] = "#ff8197",
        ["LANGUAGE"] = "#ff8197",
        ["MONEY"] = "#e4e7d2",
        ["PERCENT"] = "#e4e7d2",
        ["QUANTITY"] = "#e4e7d2",
        ["CARDINAL"] = "#e4e7d2",
        ["ORDINAL"] = "#e4e7d2",
    };

    private const string OtherLabelColour = "#dddddd";

    /// <summary>Speaker colours: a quotation's border and its speaker's underline share one.</summary>
    private static readonly string[] SpeakerColours = { "#d9480f", "#1971c2", "#2f9e44", "#9c36b5", "#e67700", "#0c8599", "#c2255c", "#5c940d" };

    private const string BaseCss = """
        body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #222; background: #fff; margin: 0; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 32px; }
        h1 { font: bold 22px/1.3 Helvetica, Arial, sans-serif; margin: 0 0 4px; }
        h2 { font: bold 17px/1.3 Helvetica, Arial, sans-serif; margin: 28px 0 8px; border-bottom: 1px solid #ccc; }
        .meta { font: 13px Helvetica, Arial, sans-serif; color: #555; margin-bottom: 12px; }
        .legend { font: 13px Helvetica, Arial, sans-serif; display: flex; flex-wrap: wrap; gap: 6px 12px; padding: 10px; background: #f6f6f6; border: 1px solid #ddd; border-radius: 6px; }
        .legend span.key { padding: 1px 6px; border-radius: 4px; }
        .article { white-space: pre-wrap; font-size: 17px; line-height: 2.1; padding: 8px 0; }
        mark { color: inherit; padding: 2px 3px; border-radius: 4px; }
        mark.date { background: #bfe1d9; }
        .lbl { font: bold 10px Helvetica, Arial, sans-serif; text-transform: none; vertical-align: middle; margin-left: 4px; padding: 0 3px; background: rgba(255,255,255,.65); border-radius: 3px; }
        .quote { background: #fff8dc; border-bottom: 3px solid var(--spk, #999); }
        .speaker { border-bottom: 3px double var(--spk, #999); font-weight: bold; }
        .attr { background: #eef3fb; border-bottom: 2px dashed var(--spk, #999); }
        .cue { font-style: italic; border-bottom: 2px dotted #555; }
        .source { border-bottom: 3px double var(--spk, #999); }
        sup.refs { font: 10px Helvetica, Arial, sans-serif; margin-left: 2px; }
        sup.refs a { color: var(--spk, #555); text-decoration: none; margin-right: 2px; }
        .miss { outline: 2px dashed #e03131; outline-offset: 1px; background: #ffe3e3; }
        .fa { text-decoration: line-through wavy #e03131; box-shadow: inset 0 0 0 2px #e03131; }
        .wrong { box-shadow: inset 0 0 0 2px #f08c00; }
        table { border-collapse: collapse; font: 13px Helvetica, Arial, sans-serif; margin: 6px 0; }
        th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
        th { background: #f1f3f5; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .facts { display: flex; flex-wrap: wrap; gap: 24px; }
        .facts section { flex: 1 1 300px; }
        ul.said { font: 14px Helvetica, Arial, sans-serif; padding-left: 18px; }
        ul.said li { margin: 4px 0; }
        """;
}
