using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FactExtract.Corpus;

namespace FactExtract.Cli.Commands;

/// <summary>
/// <c>factextract report FACTS.jsonl... [--out report.html] [--errors errors.jsonl] [--documents DIR] [--format html|json] [--top N]</c>:
/// what a batch of results says, at a glance. Streams <c>extract --format jsonl</c> output line by line into a
/// <see cref="CorpusSummaryBuilder"/>; bad lines, results without a reference date and older results are warned about
/// on standard error (naming file:line) and skipped or handled, never fatal.
/// </summary>
internal static class ReportCommand
{
    public const int MaxTop = 200;

    public static Command Create()
    {
        var facts = new Argument<string[]>("FACTS") { Description = "JSON Lines written by extract --format jsonl (.gz accepted).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "The file to write. Default: standard output." };
        var errors = new Option<string[]>("--errors") { Description = "errors.jsonl files of the runs, to count and list the failed documents.", AllowMultipleArgumentsPerToken = true };
        var documents = new Option<string?>("--documents") { Description = "Write each document's own HTML report (as render draws it) into this folder, and link the rows to them." };
        var format = new Option<string>("--format") { Description = "html (one self-contained page) or json (the CorpusSummary).", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "json");
        var top = new Option<int>("--top") { Description = $"Rows per table, 1 to {MaxTop}.", DefaultValueFactory = _ => CorpusLimits.Default.Top };
        var command = new Command("report", "Summarise a batch of results: organisations over time, who is quoted, what period the articles are about, co-mentions.")
        {
            facts, output, errors, documents, format, top,
        };
        command.SetAction(parse => Run(
            new ReportOptions(parse.GetValue(facts)!, parse.GetValue(output), parse.GetValue(errors) ?? [], parse.GetValue(documents), parse.GetValue(format)!, parse.GetValue(top)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(ReportOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Top is < 1 or > MaxTop)
        {
            stderr.WriteLine($"error: --top must be between 1 and {MaxTop}");
            return ExitCodes.BadUsage;
        }

        foreach (var path in options.Facts.Concat(options.Errors))
        {
            if (File.Exists(path)) continue;
            stderr.WriteLine($"error: {path}: no such file");
            return ExitCodes.BadUsage;
        }

        DocumentReports? pages = null;
        if (options.Documents is not null)
        {
            try { Directory.CreateDirectory(options.Documents); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: {options.Documents}: cannot create: {ex.Message}");
                return ExitCodes.BadUsage;
            }
        }

        var clock = Stopwatch.StartNew();
        var warnings = new Warnings(stderr);
        if (options.Documents is not null) pages = new DocumentReports(options.Documents, warnings);
        var builder = new CorpusSummaryBuilder(CorpusLimits.Default with { Top = options.Top });
        foreach (var path in options.Facts) ReadFacts(path, builder, warnings, pages);
        foreach (var path in options.Errors) ReadErrors(path, builder, warnings);
        warnings.Finish();

        var summary = builder.Build();
        var content = options.Format == "json"
            ? CorpusSummaryJson.Write(summary) + "\n"
            : CorpusHtmlReport.Render(summary, new CorpusHtmlOptions
            {
                Inputs = options.Facts.Select(Path.GetFileName).OfType<string>().ToArray(),
                DocumentsHref = options.Documents is null ? null : DocumentsHref(options.Output, options.Documents),
            });
        if (options.Output is null) stdout.Write(content);
        else
        {
            try { File.WriteAllText(options.Output, content, new UTF8Encoding(false)); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: {options.Output}: cannot write: {ex.Message}");
                return ExitCodes.BadUsage;
            }
        }

        stderr.WriteLine($"report: {summary.Documents} documents, {summary.Failures} failed, {summary.SkippedLines} lines skipped, "
            + $"{summary.WithoutReferenceDate} without reference date{(pages is null ? "" : $", {pages.Written} document pages")} in {clock.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Success;
    }

    private static void ReadFacts(string path, CorpusSummaryBuilder builder, Warnings warnings, DocumentReports? pages)
    {
        foreach (var line in JsonLineFile.Read(path))
        {
            var where = $"{path}:{line.Number}";
            if (line.Bytes is not { } bytes)
            {
                warnings.Add(where, $"line longer than {JsonLineFile.MaxLine} bytes, skipped");
                builder.AddSkippedLine();
                continue;
            }

            if (bytes.Span.Trim(" \t"u8).IsEmpty) continue;
            var read = CorpusJsonLine.Read(bytes.Span);
            foreach (var note in read.Notes) warnings.Add(where, note);
            if (read.Document is { } document)
            {
                builder.Add(document);
                pages?.Write(path, where, bytes.Span);
            }
            else if (read.FailedId is { } id) builder.AddFailure(id, read.Error ?? "");
            else
            {
                warnings.Add(where, $"{read.Error}; skipped");
                builder.AddSkippedLine();
            }
        }
    }

    // errors.jsonl: one {"id": ..., "error": ...} per failed document.
    private static void ReadErrors(string path, CorpusSummaryBuilder builder, Warnings warnings)
    {
        foreach (var line in JsonLineFile.Read(path))
        {
            if (line.Bytes is not { } bytes || bytes.Span.Trim(" \t"u8).IsEmpty) continue;
            try
            {
                using var json = JsonDocument.Parse(bytes);
                var root = json.RootElement;
                string? Field(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                builder.AddFailure(Field("id") ?? "(no id)", Field("error") ?? "(no error given)");
            }
            catch (JsonException ex)
            {
                warnings.Add($"{path}:{line.Number}", $"not valid JSON (truncated?): {ex.Message}; skipped");
            }
        }
    }

    // Links are relative to the report, so the report and its folder of pages can be moved or served together.
    private static string DocumentsHref(string? output, string documents)
    {
        var from = output is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(output))!;
        var relative = Path.GetRelativePath(from, Path.GetFullPath(documents));
        return string.Join("/", relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString)) + "/";
    }
}

/// <summary>Everything <c>factextract report</c> was asked to do.</summary>
internal sealed record ReportOptions(IReadOnlyList<string> Facts, string? Output, IReadOnlyList<string> Errors, string? Documents, string Format, int Top);
