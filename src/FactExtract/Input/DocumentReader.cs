namespace FactExtract.Input;

/// <summary>
/// Reads documents from files, folders (recursively), standard input and gzip-compressed files, streaming:
/// plain text and Markdown files are one document each; HTML pages one document each (main text and
/// publication date); JSON Lines and CSV one document per record, read one record at a time so that
/// memory stays bounded for inputs of any size. A document that cannot be read becomes an
/// <see cref="InputItem"/> with an error; reading goes on with the next one.
/// </summary>
public static class DocumentReader
{
    /// <summary>The file extensions picked up when a folder is given (also with <c>.gz</c> appended).</summary>
    public static IReadOnlyList<string> FolderExtensions { get; } = new[] { ".txt", ".md", ".html", ".htm", ".jsonl", ".csv" };

    /// <summary>Enumerates every document named by <paramref name="paths"/> (<c>-</c> is standard input), in order.</summary>
    /// <param name="paths">Files, folders or <c>-</c>. Folder contents are read in ordinal order of their paths.</param>
    /// <param name="stdin">The stream read for <c>-</c>; the process's standard input when null.</param>
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, Stream? stdin = null) =>
        Read(paths, InputOptions.Default, stdin);

    /// <summary>Enumerates every document named by <paramref name="paths"/> (<c>-</c> is standard input), in order.</summary>
    /// <param name="paths">Files, folders or <c>-</c>. Folder contents are read in ordinal order of their paths.</param>
    /// <param name="options">Field names, format and size limit.</param>
    /// <param name="stdin">The stream read for <c>-</c>; the process's standard input when null.</param>
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, InputOptions options, Stream? stdin = null) =>
        Read(paths, options, stdin, options?.Progress);

    /// <summary>Whether a file holds one document per record (JSON Lines or CSV, compressed or not) rather than one document.</summary>
    /// <param name="path">A file name.</param>
    /// <returns>True for <c>.jsonl</c>, <c>.ndjson</c> and <c>.csv</c>, with or without <c>.gz</c>.</returns>
    public static bool HoldsRecords(string path) => InputStreams.FormatExtension(path) is ".jsonl" or ".csv" or ".ndjson";

    /// <summary>The total size on disk of the files named, for progress estimates (standard input counts 0).</summary>
    /// <param name="paths">Files, folders or <c>-</c>, as given to <see cref="Read(IEnumerable{string}, InputOptions, Stream?)"/>.</param>
    /// <returns>The bytes on disk.</returns>
    public static long TotalBytes(IEnumerable<string> paths) =>
        paths.Sum(p => p == "-" ? 0 : Directory.Exists(p) ? FolderFiles(p, warning: null).Sum(f => new FileInfo(f).Length) : File.Exists(p) ? new FileInfo(p).Length : 0);

    private static IEnumerable<InputItem> Read(IEnumerable<string> paths, InputOptions options, Stream? stdin, ReadCounter? counter)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                var stream = InputStreams.Decompressed(stdin ?? Console.OpenStandardInput());
                foreach (var item in ReadStream(stream, "stdin", "-", options.Format == InputFormat.Auto ? InputFormat.Text : options.Format, options))
                    yield return item;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FolderFiles(path, options.Warning))
                    foreach (var item in ReadFile(file, IdInFolder(path, file), options, counter)) yield return item;
            }
            else
            {
                foreach (var item in ReadFile(path, InputStreams.Stem(path), options, counter)) yield return item;
            }
        }
    }

    // The documents of a folder and its subfolders. Only regular files are documents: a FIFO would block the run
    // forever, a socket or device is no text. A folder reached again through a link (a loop, or two links to one
    // folder) is read once, by its real path, so no document comes out twice under two ids.
    private static IEnumerable<string> FolderFiles(string folder, Action<string>? warning)
    {
        var files = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var real = FileKinds.RealFolder(current);
            if (!seen.TryAdd(real, current))
            {
                warning?.Invoke($"{current}: skipped, the same folder as {seen[real]} (read once)");
                continue;
            }

            IEnumerable<string> entries;
            try
            {
                entries = Directory.GetFileSystemEntries(current);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                warning?.Invoke($"{current}: skipped, cannot list the folder: {ex.Message}");
                continue;
            }

            // Subfolders are taken in ordinal order (pushed in reverse), so of two ways to one folder the first in
            // that order names its documents.
            foreach (var entry in entries.OrderByDescending(e => e, StringComparer.Ordinal))
            {
                if (Directory.Exists(entry)) pending.Push(entry);
                else if (!FolderExtensions.Contains(InputStreams.FormatExtension(entry))) continue;
                else if (FileKinds.IsRegularFile(entry)) files.Add(entry);
                else warning?.Invoke($"{entry}: skipped, not a regular file (a FIFO, socket or device)");
            }
        }

        // The same order as before: every path, ordinal.
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    // Files in subfolders are named by their relative path, so a/x.txt and b/x.txt stay two documents.
    private static string IdInFolder(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
        var dir = Path.GetDirectoryName(relative)?.Replace('\\', '/');
        var stem = InputStreams.Stem(relative);
        return string.IsNullOrEmpty(dir) ? stem : $"{dir}/{stem}";
    }

    private static IEnumerable<InputItem> ReadFile(string path, string id, InputOptions options, ReadCounter? counter)
    {
        Stream stream;
        try
        {
            stream = InputStreams.OpenFile(path, counter);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new[] { new InputItem(id, null, $"cannot read {path}: {ex.Message}") };
        }

        var format = options.Format != InputFormat.Auto ? options.Format : InputStreams.FormatExtension(path) switch
        {
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".csv" => InputFormat.Csv,
            ".html" or ".htm" => InputFormat.Html,
            _ => InputFormat.Text,
        };
        return Guarded(ReadStream(stream, id, path, format, options), id, path);
    }

    private static IEnumerable<InputItem> ReadStream(Stream stream, string id, string source, InputFormat format, InputOptions options) => format switch
    {
        InputFormat.JsonLines => JsonLinesDocuments.Read(stream, id, source, options),
        InputFormat.Csv => CsvDocuments.Read(stream, id, source, options),
        _ => OneDocument(stream, id, source, format, options),
    };

    private static IEnumerable<InputItem> OneDocument(Stream stream, string id, string source, InputFormat format, InputOptions options)
    {
        using (stream)
        {
            var bytes = InputStreams.ReadLimited(stream, options.MaxDocumentBytes, out var error);
            yield return bytes is null ? new InputItem(id, null, $"{source}: {error}") : FromBytes(id, source, bytes, format == InputFormat.Html);
        }
    }

    internal static InputItem FromBytes(string id, string source, byte[] bytes, bool html = false)
    {
        var text = TextDecoding.Decode(bytes, out var error);
        if (text is null) return new InputItem(id, null, $"{source}: {error}");
        DateOnly? date = null;
        if (html) (text, date) = HtmlArticle.Extract(text);
        if (TextDecoding.CheckNotBlank(text) is { } blank) return new InputItem(id, null, $"{source}: {blank}");
        return new InputItem(id, new Document(id, text) { Source = source, ReferenceDate = date }, null);
    }

    // A file that breaks while being read (truncated gzip, I/O error) ends as one error item; the next file is still read.
    private static IEnumerable<InputItem> Guarded(IEnumerable<InputItem> items, string id, string path)
    {
        using var e = items.GetEnumerator();
        while (true)
        {
            InputItem? next;
            string? error = null;
            try
            {
                next = e.MoveNext() ? e.Current : null;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                next = null;
                error = $"{path}: read failed: {ex.Message}; the rest of the file is skipped";
            }

            if (error is not null) yield return new InputItem(id, null, error);
            if (next is null) yield break;
            yield return next;
        }
    }
}
