using System.CommandLine;
using System.Globalization;
using FactExtract.Cli.Output;
using FactExtract.Input;
using FactExtract.Output;

namespace FactExtract.Cli.Commands;

/// <summary>
/// <c>factextract extract PATH... [--format json|jsonl|csv] [--out PATH] [--reference-date YYYY-MM-DD]
/// [--parallel N] [--unordered] [--resume] [--id-field F] [--text-field F] [--date-field F] [--input-format F]
/// [--max-document-bytes N] [--progress auto|bar|plain|none]</c>
/// </summary>
internal static class ExtractCommand
{
    // Ctrl+C: the shell convention (128 + SIGINT); the output's part files stay for --resume.
    internal const int InterruptedExitCode = 130;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders (recursive: .txt .md .html .jsonl .csv, also .gz) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "json (default for one text, HTML or standard-input document), jsonl (default for folders, several paths and .jsonl/.csv inputs, whatever their number of records) or csv." };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var output = new Option<string?>("--out") { Description = "Output file (json, jsonl) or folder (csv), written atomically; failed documents are listed in NAME.errors.jsonl beside it (errors.jsonl in a CSV folder). Default: standard output." };
        var referenceDate = new Option<string?>("--reference-date") { Description = "Resolve relative dates against this date (YYYY-MM-DD)." };
        var parallel = new Option<int?>("--parallel") { Description = "Documents processed at once (default: every core)." };
        var unordered = new Option<bool>("--unordered") { Description = "Write each result when ready instead of in input order." };
        var resume = new Option<bool>("--resume") { Description = "Skip documents already in --out (after an interrupted or a finished run) and append the rest." };
        var idField = new Option<string>("--id-field") { Description = "JSON field / CSV column of the document id.", DefaultValueFactory = _ => "id" };
        var textField = new Option<string>("--text-field") { Description = "JSON field / CSV column of the text.", DefaultValueFactory = _ => "text" };
        var dateField = new Option<string>("--date-field") { Description = "JSON field / CSV column of the publication date.", DefaultValueFactory = _ => "date" };
        var inputFormat = new Option<string>("--input-format") { Description = "auto (by extension; stdin is text), text, html, jsonl or csv.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "html", "jsonl", "csv");
        var maxBytes = new Option<int>("--max-document-bytes") { Description = "Larger documents or records are reported and skipped.", DefaultValueFactory = _ => InputOptions.Default.MaxDocumentBytes };
        var progress = new Option<string>("--progress") { Description = "auto (a bar on a terminal, plain lines otherwise), bar, plain or none. Always on standard error.", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "bar", "plain", "none");
        var cluster = new Option<string?>("--cluster") { Description = "Run on an Orleans cluster of `factextract silo` processes: localhost, localhost:GATEWAYPORT,..., redis:HOST:PORT or postgres:CONNSTRING. Writes JSON Lines." };
        var ner = new NerOptions();
        var clusterId = new Option<string>("--cluster-id") { Description = "The cluster's id (as given to its silos).", DefaultValueFactory = _ => FactExtract.Cluster.ClusterExtractionOptions.DefaultClusterId };

        var command = new Command("extract", "Run the whole pipeline: entities, dates and quotations.")
        {
            paths, format, output, referenceDate, parallel, unordered, resume, idField, textField, dateField, inputFormat, maxBytes, progress, cluster, clusterId,
        };
        foreach (var option in ner.All) command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            if (!TryParseDate(parse.GetValue(referenceDate), stderr, out var date)) return ExitCodes.BadUsage;
            var options = new ExtractOptions
            {
                Paths = parse.GetValue(paths)!,
                Warnings = stderr,
                Format = parse.GetValue(format),
                Output = parse.GetValue(output),
                ReferenceDate = date,
                Parallel = parse.GetValue(parallel),
                Unordered = parse.GetValue(unordered),
                Resume = parse.GetValue(resume),
                Progress = Enum.Parse<ProgressMode>(parse.GetValue(progress)!, ignoreCase: true),
                Cluster = parse.GetValue(cluster),
                ClusterId = parse.GetValue(clusterId)!,
                Ner = ner.Read(parse),
                Input = new InputOptions
                {
                    IdField = parse.GetValue(idField)!,
                    TextField = parse.GetValue(textField)!,
                    DateField = parse.GetValue(dateField)!,
                    MaxDocumentBytes = parse.GetValue(maxBytes),
                    Format = parse.GetValue(inputFormat) switch
                    {
                        "text" => InputFormat.Text,
                        "html" => InputFormat.Html,
                        "jsonl" => InputFormat.JsonLines,
                        "csv" => InputFormat.Csv,
                        _ => InputFormat.Auto,
                    },
                },
            };
            return await RunAsync(options, null, parse.InvocationConfiguration.Output, stderr, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The first API, kept for callers: one run with the default batch options.</summary>
    internal static int Run(string[] paths, string? format, string? output, string? referenceDateText, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParseDate(referenceDateText, stderr, out var date)) return ExitCodes.BadUsage;
        var options = new ExtractOptions { Paths = paths, Format = format, Output = output, ReferenceDate = date, Progress = ProgressMode.None, Warnings = stderr };
        return RunAsync(options, null, stdout, stderr, CancellationToken.None).GetAwaiter().GetResult();
    }

    internal static async Task<int> RunAsync(ExtractOptions options, Stream? stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (Validate(options, stderr) is { } usage) return usage;
        try
        {
            return await RunValidatedAsync(options, stdin, stdout, stderr, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Every document's own failure is contained below, so whatever gets here failed the run itself: its own
            // exit code, distinct from "some documents failed", and what was committed stays for --resume.
            stderr.WriteLine($"error: the run failed: {ex.GetType().Name}: {ex.Message}" + (options.Output is null ? "" : "; run again with --resume to continue"));
            return ExitCodes.RunFailed;
        }
    }

    private static async Task<int> RunValidatedAsync(ExtractOptions options, Stream? stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {

        var paths = options.Paths;
        if (options.Warnings is { } warnings)
            options = options with { Input = options.Input with { Warning = message => { lock (warnings) warnings.WriteLine($"warning: {message}"); } } };
        // One text, page or stdin document prints as one JSON object unless a format is asked for.
        bool single = paths.Count == 1 && !Directory.Exists(paths[0])
            && (paths[0] == "-" || !DocumentReader.HoldsRecords(paths[0]))
            && options.Input.Format is not (InputFormat.JsonLines or InputFormat.Csv);
        string format = ResultSink.ResolveFormat(options.Format, single);

        ResultSink sink;
        try
        {
            sink = ResultSink.Open(format, options.Output, stdout, options.Resume);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"error: cannot open output {options.Output}: {ex.Message}");
            return ExitCodes.RunFailed;
        }

        using (sink)
        {
            using var errors = options.Output is null ? null : new ErrorLog(ResultSink.ErrorsPath(format, options.Output));
            var counter = new ReadCounter();
            var stats = new BatchStats(DocumentReader.TotalBytes(paths), counter);
            // A snapshot: what earlier runs wrote. Ids this run writes must not make later input records with the same id vanish.
            var done = sink.DoneIds.ToHashSet(StringComparer.Ordinal);
            var items = DocumentReader.Read(paths, options.Input with { Progress = counter }, stdin).Where(item =>
            {
                if (done.Count == 0 || !done.Contains(item.Id)) return true;
                stats.AddSkipped();
                return false;
            });
            if (options.ReferenceDate is { } rd)
                items = items.Select(i => i.Document is null ? i : i with { Document = i.Document with { ReferenceDate = rd } });

            if (options.Cluster is not null)
                return await RunOnClusterAsync(options, items, sink, errors, stderr, cancellationToken).ConfigureAwait(false);

            var batch = new BatchOptions { MaxDegreeOfParallelism = options.Parallel, PreserveOrder = !options.Unordered };
            FactExtractor extractor;
            try
            {
                extractor = FactExtractor.Create(options.Ner.ToOptions());
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                return Usage(stderr, e.Message);
            }

            var display = ProgressDisplay.For(options.Progress, stderr);
            try
            {
                // The batch's own threads read, process and write (the worker that finishes the next result in order writes it).
                var writing = new ResultWriting(sink, errors, stats, stderr);
                await display.RunAsync(stats, () => Task.Factory.StartNew(
                    () =>
                    {
                        extractor.ExtractAll(items, batch, writing, cancellationToken);
                        return 0;
                    },
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                stderr.WriteLine($"interrupted after {stats.Documents:N0} documents" + (options.Output is null ? "" : "; run again with --resume to continue"));
                return InterruptedExitCode;
            }
            catch (IOException ex)
            {
                // The output cannot be written (disk full, folder removed): what was committed stays for --resume.
                stderr.WriteLine($"error: writing {options.Output ?? "standard output"} failed after {stats.Documents:N0} documents: {ex.Message}");
                return ExitCodes.RunFailed;
            }

            sink.Complete();
            errors?.Complete();
            if (options.Progress != ProgressMode.None && (stats.Documents + stats.Skipped > 1 || options.Output is not null))
                stderr.WriteLine(stats.Summary());
            return stats.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeDocumentsFailed;
        }
    }

    /// <summary>
    /// The same input, output, resume and error handling as a local run, with the extraction spread over an
    /// Orleans cluster; results come back as JSON lines in input order, each id accepted once.
    /// </summary>
    private static async Task<int> RunOnClusterAsync(ExtractOptions options, IEnumerable<InputItem> items, ResultSink sink, ErrorLog? errors, TextWriter stderr, CancellationToken cancellationToken)
    {
        var clusterOptions = new FactExtract.Cluster.ClusterExtractionOptions { Membership = options.Cluster!, ClusterId = options.ClusterId };
        FactExtract.Cluster.ClusterRunSummary summary;
        long written = 0;
        try
        {
            summary = await FactExtract.Cluster.ClusterExtraction.RunAsync(
                items,
                clusterOptions,
                (id, line) =>
                {
                    written++;
                    sink.WriteJsonLine(id, line);
                    return Task.CompletedTask;
                },
                (id, error) =>
                {
                    lock (stderr) stderr.WriteLine($"error: {id}: {error}");
                    errors?.Write(id, error);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("interrupted" + (options.Output is null ? "" : "; run again with --resume to continue"));
            return InterruptedExitCode;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // Before any result this is an unreachable cluster or membership store (bad usage); after, the run
            // broke off (e.g. the output disk filled) and the part file stays for --resume.
            stderr.WriteLine(written == 0
                ? $"error: cluster {FactExtract.Cluster.Membership.Display(options.Cluster!)}: {ex.Message}"
                : $"error: cluster run broke off: {ex.GetType().Name}: {ex.Message.Split('\n')[0].TrimEnd('\r')}");
            return written == 0 ? ExitCodes.BadUsage : ExitCodes.SomeDocumentsFailed;
        }

        sink.Complete();
        errors?.Complete();
        if (options.Progress != ProgressMode.None)
        {
            var silos = string.Join(", ", summary.DocumentsPerSilo.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));
            stderr.WriteLine($"cluster: {summary.Written:N0} documents written, {summary.Failed:N0} failed, {summary.Retries:N0} batches retried; per silo: {silos}");
        }
        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeDocumentsFailed;
    }

    private static int? Validate(ExtractOptions options, TextWriter stderr)
    {
        foreach (var p in options.Paths)
        {
            if (p != "-" && !File.Exists(p) && !Directory.Exists(p))
            {
                // The PATH argument takes any word, so a misspelt or unknown option lands here: say what it is.
                return Usage(stderr, p.StartsWith('-') ? $"{p}: unknown option (see factextract extract --help)" : $"{p}: no such file or folder");
            }
        }

        if (options.Format == "csv" && options.Output is null) return Usage(stderr, "--format csv needs --out FOLDER");
        if (options.Resume && options.Output is null) return Usage(stderr, "--resume needs --out (the output to continue)");
        if (options.Resume && options.Format == "json") return Usage(stderr, "--resume works with --format jsonl or csv");
        if (options.Cluster is not null && options.Format is not "jsonl")
            return Usage(stderr, "--cluster writes JSON Lines: add --format jsonl");
        if (options.Parallel is < 1) return Usage(stderr, "--parallel must be at least 1");
        if (options.Ner.Error() is { } nerError) return Usage(stderr, nerError);
        if (options.Ner != NerChoice.Default && options.Cluster is not null) return Usage(stderr, "--ner, --model and --ner-beam are not available with --cluster (the silos use their own settings)");
        if (options.Input.MaxDocumentBytes < 1) return Usage(stderr, "--max-document-bytes must be positive");
        return null;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return ExitCodes.BadUsage;
    }

    private static bool TryParseDate(string? text, TextWriter stderr, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            stderr.WriteLine($"error: --reference-date must be YYYY-MM-DD, got '{text}'");
            return false;
        }

        date = d;
        return true;
    }
}
