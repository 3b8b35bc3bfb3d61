using System.CommandLine;
using System.Text;
using FactExtract.Evaluation;
using FactExtract.Input;

namespace FactExtract.Cli.Commands;

/// <summary>
/// <c>factextract render FILE [--gold GOLD] [--out report.html]</c>: one self-contained HTML page
/// showing what was extracted from FILE. FILE is an article (the pipeline is run on it) or a
/// <c>.json</c> document in the output schema (an extract output or a gold file) whose
/// <c>source</c> names the article. With <c>--gold</c>, misses and false alarms are marked.
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "An article (.txt, .md, .html, ...) or a .json result/gold file whose source names the article." };
        var gold = new Option<string?>("--gold") { Description = "A gold file to compare with: misses and false alarms are marked." };
        var output = new Option<string?>("--out") { Description = "The HTML file to write. Default: standard output." };
        var command = new Command("render", "Render the extracted entities, dates and quotations as one self-contained HTML page.") { file, gold, output };
        command.SetAction(parse => Run(
            parse.GetValue(file)!,
            parse.GetValue(gold),
            parse.GetValue(output),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string file, string? goldPath, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            stderr.WriteLine($"error: {file}: no such file");
            return ExitCodes.BadUsage;
        }

        ExtractionResult? result;
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            if (!EvalCommand.TryLoad(file, GoldFileReader.Load, stderr, out result)) return ExitCodes.BadUsage;
        }
        else
        {
            var item = DocumentReader.Read(new[] { file }).First();
            if (item.Document is null)
            {
                stderr.WriteLine($"error: {item.Id}: {item.Error}");
                return ExitCodes.BadUsage;
            }

            result = FactExtractor.CreateDefault().Extract(item.Document);
        }

        GoldEvaluation? evaluation = null;
        if (goldPath is not null)
        {
            if (!EvalCommand.TryLoad(goldPath, GoldFileReader.Load, stderr, out var gold)) return ExitCodes.BadUsage;
            if (gold.Text != result.Text)
            {
                stderr.WriteLine($"error: {goldPath}: its source text is not the text of {file}");
                return ExitCodes.BadUsage;
            }

            evaluation = GoldScorer.Score(gold, result);
        }

        var html = HtmlReport.Render(result, evaluation);
        if (output is null)
        {
            stdout.Write(html);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(output, html, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {output}: cannot write: {ex.Message}");
            return ExitCodes.BadUsage;
        }

        return ExitCodes.Success;
    }
}
