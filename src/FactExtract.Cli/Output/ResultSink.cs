using System.Text;
using System.Text.Json;
using CsvHelper;
using FactExtract.Output;

namespace FactExtract.Cli.Output;

/// <summary>
/// Where extract results go: one JSON document, JSON Lines, or the CSV tables. To standard output the data
/// streams as it comes; to <c>--out</c> it is written atomically (part files renamed at <see cref="Complete"/>)
/// and resumably (<see cref="ResumableOutput"/>).
/// </summary>
internal abstract class ResultSink : IDisposable
{
    /// <summary>Ids already in the output from an earlier run (only with --resume).</summary>
    public virtual IReadOnlySet<string> DoneIds => new HashSet<string>();

    public abstract void Write(ExtractionResult result);

    /// <summary>
    /// Prepares a result for <see cref="Write(ExtractionResult, PooledJsonLine)"/> on the batch worker that produced it
    /// (thread-safe): JSON Lines outputs serialise it there; the others prepare nothing.
    /// </summary>
    public virtual PooledJsonLine Prepare(ExtractionResult result) => default;

    /// <summary>Writes a result with what <see cref="Prepare"/> made of it, and gives its buffer back.</summary>
    public virtual void Write(ExtractionResult result, PooledJsonLine prepared) => Write(result);

    /// <summary>Writes a result already serialised as one JSON line (newline included), as the cluster returns it.</summary>
    public virtual void WriteJsonLine(string id, ReadOnlyMemory<byte> jsonLine) =>
        throw new NotSupportedException("this output takes results, not JSON lines");

    /// <summary>Called once every document has been written: makes the output final.</summary>
    public virtual void Complete()
    {
    }

    public virtual void Dispose()
    {
    }

    /// <summary>
    /// Where the list of failed documents goes: <c>errors.jsonl</c> inside the CSV folder, or beside an output file
    /// and named after it (<c>results.jsonl</c> → <c>results.errors.jsonl</c>), so runs writing into one folder keep apart.
    /// </summary>
    public static string ErrorsPath(string format, string output) =>
        format == "csv" ? Path.Combine(output, "errors.jsonl") : Path.ChangeExtension(Path.GetFullPath(output), ".errors.jsonl");

    public static string ResolveFormat(string? format, bool singleDocumentHint) => format ?? (singleDocumentHint ? "json" : "jsonl");

    public static ResultSink Open(string format, string? output, TextWriter stdout, bool resume = false)
    {
        if (output is null)
        {
            return format switch
            {
                "json" => new JsonSink(stdout, null),
                _ => new JsonLinesToWriter(stdout),
            };
        }

        return format switch
        {
            "csv" => CsvFiles(output, resume),
            "json" => new JsonSink(new StreamWriter(output + ".part", append: false, new UTF8Encoding(false)), output),
            _ => JsonLinesFile(output, resume),
        };
    }

    private static ResultSink JsonLinesFile(string output, bool resume)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(output))!;
        Directory.CreateDirectory(dir);
        var files = ResumableOutput.Open(new[] { output }, output + ".journal", resume, (_, path) => IdsInJsonLines(path));
        return new JsonLinesToFile(files);
    }

    private static ResultSink CsvFiles(string folder, bool resume)
    {
        Directory.CreateDirectory(folder);
        var finals = CsvResultWriter.FileNames.Select(n => Path.Combine(folder, n)).ToArray();
        var files = ResumableOutput.Open(finals, Path.Combine(folder, "journal.jsonl"), resume, (_, path) => IdsInCsv(path));
        return new CsvSink(files);
    }

    // Resuming after a completed run: the ids a finished output holds.
    private static IEnumerable<string> IdsInJsonLines(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("id", out var id) && id.GetString() is { } s) yield return s;
        }
    }

    // A finished CSV output lists only documents that have rows; one without rows is processed again, which adds no rows.
    private static IEnumerable<string> IdsInCsv(string path)
    {
        using var reader = CsvReader.FromFile(path);
        while (reader.Read()) yield return reader.GetString(0);
    }

    private sealed class CsvSink : ResultSink
    {
        private readonly ResumableOutput _files;
        private readonly CsvResultWriter _writer;

        public CsvSink(ResumableOutput files)
        {
            _files = files;
            _writer = new CsvResultWriter(files.Streams, files.IsEmpty);
            files.OnFlush(_writer.Flush);
        }

        public override IReadOnlySet<string> DoneIds => _files.DoneIds;

        public override void Write(ExtractionResult result)
        {
            _writer.Write(result);
            _files.Written(result.Id);
        }

        // The CSV writers flush into the part files, so they close first.
        public override void Complete()
        {
            _writer.Dispose();
            _files.Complete();
        }

        public override void Dispose()
        {
            _writer.Dispose();
            _files.Dispose();
        }
    }

    /// <summary>One document prints as one object; several (a json request over a folder) as a JSON array.</summary>
    private sealed class JsonSink(TextWriter writer, string? finalPath) : ResultSink
    {
        private readonly List<string> _documents = new();

        public override void Write(ExtractionResult result) => _documents.Add(JsonResultWriter.ToJson(result));

        public override void Complete()
        {
            if (_documents.Count == 1) writer.WriteLine(_documents[0]);
            else writer.WriteLine("[" + string.Join(",\n", _documents) + "]");
            writer.Flush();
            if (finalPath is null) return;
            writer.Dispose();
            File.Move(finalPath + ".part", finalPath, overwrite: true);
        }

        public override void Dispose()
        {
            if (finalPath is not null) writer.Dispose();
        }
    }

    private sealed class JsonLinesToWriter(TextWriter writer) : ResultSink
    {
        private readonly MemoryStream _line = new();
        private JsonLinesWriter? _json;

        public override void Write(ExtractionResult result)
        {
            _line.SetLength(0);
            (_json ??= JsonResultWriter.Lines(_line)).Write(result);
            writer.Write(Encoding.UTF8.GetString(_line.GetBuffer(), 0, (int)_line.Length));
            writer.Flush();
        }

        public override PooledJsonLine Prepare(ExtractionResult result) => PooledJsonLine.Encode(result);

        public override void Write(ExtractionResult result, PooledJsonLine prepared)
        {
            writer.Write(Encoding.UTF8.GetString(prepared.Span));
            writer.Flush();
            prepared.Return();
        }

        public override void WriteJsonLine(string id, ReadOnlyMemory<byte> jsonLine)
        {
            writer.Write(Encoding.UTF8.GetString(jsonLine.Span));
            writer.Flush();
        }

        public override void Complete() => writer.Flush();
    }

    private sealed class JsonLinesToFile(ResumableOutput files) : ResultSink
    {
        private readonly Stream _stream = files.Streams[0];
        private readonly JsonLinesWriter _json = JsonResultWriter.Lines(files.Streams[0]);

        public override IReadOnlySet<string> DoneIds => files.DoneIds;

        public override void Write(ExtractionResult result)
        {
            _json.Write(result);
            files.Written(result.Id);
        }

        public override PooledJsonLine Prepare(ExtractionResult result) => PooledJsonLine.Encode(result);

        public override void Write(ExtractionResult result, PooledJsonLine prepared)
        {
            _stream.Write(prepared.Span);
            prepared.Return();
            files.Written(result.Id);
        }

        public override void WriteJsonLine(string id, ReadOnlyMemory<byte> jsonLine)
        {
            _stream.Write(jsonLine.Span);
            files.Written(id);
        }

        public override void Complete() => files.Complete();

        public override void Dispose() => files.Dispose();
    }
}
