using System.Text;
using FactExtract.Corpus;
using FactExtract.Evaluation;
using FactExtract.Output;

namespace FactExtract.Cli.Commands;

/// <summary>
/// <c>report --documents DIR</c>: each result's own page, as <c>render</c> draws it, written to
/// <c>DIR/&lt;id&gt;.html</c> (<see cref="DocumentFileName"/>) so the corpus report's rows can link to it. The article
/// text comes from the result's <c>source</c>, looked up beside the JSON Lines file and above it, then in the current
/// folder; a result whose text cannot be found or does not match its spans gets a warning and no page.
/// </summary>
internal sealed class DocumentReports(string folder, Warnings warnings)
{
    public long Written { get; private set; }

    public void Write(string jsonlPath, string where, ReadOnlySpan<byte> line)
    {
        try
        {
            var result = GoldFileReader.Parse(Encoding.UTF8.GetString(line), where);
            var textPath = result.Source is null ? null : GoldFileReader.FindSource(jsonlPath, result.Source);
            if (textPath is null)
            {
                warnings.Add(where, $"no page for '{result.Id}': its source '{result.Source}' was not found");
                return;
            }

            var text = File.ReadAllText(textPath);
            var withText = result with { Text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text };
            var problems = GoldFileReader.SpanProblems(withText);
            if (problems.Count > 0)
            {
                warnings.Add(where, $"no page for '{result.Id}': {textPath} is not the text it was extracted from ({problems[0]})");
                return;
            }

            // Named by the id as the summary keeps it (cut to NameLength), so the summary's links find the page.
            var id = result.Id.Length <= CorpusLimits.Default.NameLength ? result.Id : result.Id[..CorpusLimits.Default.NameLength];
            File.WriteAllText(Path.Combine(folder, DocumentFileName.For(id)), HtmlReport.Render(withText), new UTF8Encoding(false));
            Written++;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            warnings.Add(where, $"no page: {ex.Message}");
        }
    }
}
