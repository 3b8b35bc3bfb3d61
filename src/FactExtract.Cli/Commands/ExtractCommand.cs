using System.CommandLine;
using System.Globalization;
using FactExtract.Input;
using FactExtract.Output;

namespace FactExtract.Cli.Commands;

/// <summary><c>factextract extract PATH... [--format json|jsonl|csv] [--out PATH] [--reference-date YYYY-MM-DD]</c></summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders (recursive) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "json (default for one document), jsonl (default for several) or csv." };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var output = new Option<string?>("--out") { Description = "Output file (json, jsonl) or folder (csv). Default: standard output." };
        var referenceDate = new Option<string?>("--reference-date") { Description = "Resolve relative dates against this date (YYYY-MM-DD)." };

        var command = new Command("extract", "Run the whole pipeline: entities, dates and quotations.") { paths, format, output, referenceDate };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            parse.GetValue(format),
            parse.GetValue(output),
            parse.GetValue(referenceDate),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string[] paths, string? format, string? output, string? referenceDateText, TextWriter stdout, TextWriter stderr)
    {
        DateOnly? referenceDate = null;
        if (referenceDateText is not null)
        {
            if (!DateOnly.TryParseExact(referenceDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                stderr.WriteLine($"error: --reference-date must be YYYY-MM-DD, got '{referenceDateText}'");
                return ExitCodes.BadUsage;
            }

            referenceDate = d;
        }

        foreach (var p in paths)
        {
            if (p != "-" && !File.Exists(p) && !Directory.Exists(p))
            {
                stderr.WriteLine($"error: {p}: no such file or folder");
                return ExitCodes.BadUsage;
            }
        }

        if (format == "csv" && output is null)
        {
            stderr.WriteLine("error: --format csv needs --out FOLDER");
            return ExitCodes.BadUsage;
        }

        var extractor = FactExtractor.CreateDefault();
        var items = DocumentReader.Read(paths);
        using var sink = ResultSink.Open(format, output, stdout, singleDocumentHint: paths.Length == 1 && !Directory.Exists(paths[0]) && !paths[0].EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase));

        int failed = 0;
        foreach (var item in items)
        {
            if (item.Document is null)
            {
                failed++;
                stderr.WriteLine($"error: {item.Id}: {item.Error}");
                continue;
            }

            try
            {
                var document = referenceDate is null ? item.Document : item.Document with { ReferenceDate = referenceDate };
                sink.Write(extractor.Extract(document));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failed++;
                stderr.WriteLine($"error: {item.Id}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeDocumentsFailed;
    }
}
