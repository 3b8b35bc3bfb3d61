using System.Text;
using FactExtract.Output;

namespace FactExtract.Cli.Commands;

/// <summary>Where extract results go: one JSON document, JSON Lines, or the CSV tables.</summary>
internal abstract class ResultSink : IDisposable
{
    public abstract void Write(ExtractionResult result);

    public virtual void Dispose()
    {
    }

    public static ResultSink Open(string? format, string? output, TextWriter stdout, bool singleDocumentHint)
    {
        format ??= singleDocumentHint ? "json" : "jsonl";
        return format switch
        {
            "csv" => new CsvSink(new CsvResultWriter(output!)),
            "json" => new JsonSink(OpenText(output, stdout)),
            _ => new JsonLinesSink(OpenText(output, stdout)),
        };
    }

    private static TextWriter OpenText(string? output, TextWriter stdout) =>
        output is null ? stdout : new StreamWriter(output, append: false, new UTF8Encoding(false));

    private sealed class CsvSink(CsvResultWriter writer) : ResultSink
    {
        public override void Write(ExtractionResult result) => writer.Write(result);

        public override void Dispose() => writer.Dispose();
    }

    /// <summary>One document prints as one object; several (a json request over a folder) as a JSON array.</summary>
    private sealed class JsonSink(TextWriter writer) : ResultSink
    {
        private readonly List<string> _documents = new();

        public override void Write(ExtractionResult result) => _documents.Add(JsonResultWriter.ToJson(result));

        public override void Dispose()
        {
            if (_documents.Count == 1) writer.WriteLine(_documents[0]);
            else writer.WriteLine("[" + string.Join(",\n", _documents) + "]");
            writer.Flush();
            if (writer is StreamWriter) writer.Dispose();
        }
    }

    private sealed class JsonLinesSink(TextWriter writer) : ResultSink
    {
        private readonly MemoryStream _line = new();

        public override void Write(ExtractionResult result)
        {
            _line.SetLength(0);
            JsonResultWriter.WriteLine(_line, result);
            writer.Write(Encoding.UTF8.GetString(_line.GetBuffer(), 0, (int)_line.Length));
            writer.Flush();
        }

        public override void Dispose()
        {
            writer.Flush();
            if (writer is StreamWriter) writer.Dispose();
        }
    }
}
