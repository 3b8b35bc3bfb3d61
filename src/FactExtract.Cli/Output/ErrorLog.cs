using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactExtract.Cli.Output;

/// <summary>
/// <c>errors.jsonl</c>: one line per failed document (<c>{"id": ..., "error": ...}</c>), written to a part file
/// flushed per line and renamed into place at the end. Rewritten by every run: a resumed run retries the
/// documents that failed before, so its list is complete on its own.
/// </summary>
internal sealed class ErrorLog : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string _path;
    private readonly FileStream _stream;
    private bool _completed;

    public ErrorLog(string path)
    {
        _path = path;
        _stream = new FileStream(path + ".part", FileMode.Create, FileAccess.Write, FileShare.Read);
    }

    public int Count { get; private set; }

    public void Write(string id, string error)
    {
        using (var json = new Utf8JsonWriter(_stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("error", error);
            json.WriteEndObject();
        }

        _stream.WriteByte((byte)'\n');
        _stream.Flush();
        Count++;
    }

    public void Complete()
    {
        _stream.Dispose();
        File.Move(_path + ".part", _path, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        if (!_completed) _stream.Dispose();
    }
}
