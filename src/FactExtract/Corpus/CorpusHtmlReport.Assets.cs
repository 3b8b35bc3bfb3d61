namespace FactExtract.Corpus;

public static partial class CorpusHtmlReport
{
    // System fonts only: the page must render the same with no network.
    private const string Css = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #212529; margin: 24px auto; max-width: 1000px; padding: 0 16px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 2px solid #dee2e6; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        .meta, figcaption { color: #495057; font-size: 13px; }
        .note { background: #fff3bf; padding: 6px 10px; border-radius: 4px; }
        .empty { color: #868e96; font-style: italic; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
        .card { background: #f1f3f5; border-radius: 6px; padding: 10px 12px; }
        .card .n { font-size: 22px; font-weight: 600; }
        .card .l { color: #495057; font-size: 13px; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 14px; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e9ecef; vertical-align: top; }
        th { background: #f8f9fa; font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .quote { max-width: 560px; }
        td.date { white-space: nowrap; }
        .doc { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
        figure { margin: 8px 0 16px; }
        svg.chart { width: 100%; height: auto; background: #fff; }
        svg.chart text { font-size: 11px; fill: #495057; }
        svg.chart text.unit { font-size: 12px; fill: #212529; }
        svg.chart .axis line { stroke: #495057; }
        svg.chart .axis line.grid { stroke: #e9ecef; }
        .spark { vertical-align: middle; }
        .key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
        .bar { display: inline-block; height: 10px; background: #1971c2; border-radius: 2px; }
        #quote-search { width: 320px; padding: 4px 8px; font: inherit; }

        """;

    // Filters the quotation rows by a case-insensitive substring of their text; reads the page, never injects into it.
    private const string Script = """
        (function () {
          var box = document.getElementById('quote-search');
          var table = document.getElementById('quotes');
          var count = document.getElementById('quote-count');
          if (!box || !table || !count) return;
          var rows = table.tBodies[0].rows;
          function filter() {
            var q = box.value.trim().toLowerCase(), shown = 0;
            for (var i = 0; i < rows.length; i++) {
              var hit = q === '' || rows[i].textContent.toLowerCase().indexOf(q) >= 0;
              rows[i].style.display = hit ? '' : 'none';
              if (hit) shown++;
            }
            count.textContent = shown + ' of ' + rows.length + ' quotations';
          }
          box.addEventListener('input', filter);
          filter();
        })();

        """;
}
