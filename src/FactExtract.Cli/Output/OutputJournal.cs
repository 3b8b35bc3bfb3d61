using System.Text.Json;

namespace FactExtract.Cli.Output;

/// <summary>
/// The commit log of a resumable batch output. Each line records the ids of the documents written since the
/// previous line and the lengths the output files had once those documents were flushed. A run that is killed
/// leaves the output files possibly longer than the last complete line says: resuming cuts them back to those
/// lengths, so a document is either wholly in the output and listed here, or neither.
/// </summary>
internal sealed class OutputJournal : IDisposable
{
    private readonly FileStream _stream;

    private OutputJournal(FileStream stream) => _stream = stream;

    /// <summary>Ids of the documents committed so far.</summary>
    public HashSet<string> DoneIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The output files' lengths at the last commit, or null when nothing was committed.</summary>
    public long[]? Ends { get; private set; }

    /// <summary>Opens a journal: a new empty one, or (resume) the existing one read up to its last complete line.</summary>
    public static OutputJournal Open(string path, bool resume)
    {
        var stream = new FileStream(path, resume ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.ReadWrite, FileShare.Read);
        var journal = new OutputJournal(stream);
        if (resume) journal.Load();
        return journal;
    }

    public void Commit(IReadOnlyCollection<string> ids, long[] ends)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("ends");
            foreach (var e in ends) json.WriteNumberValue(e);
            json.WriteEndArray();
            json.WriteStartArray("ids");
            foreach (var id in ids) json.WriteStringValue(id);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        _stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        _stream.Flush();
        foreach (var id in ids) DoneIds.Add(id);
        Ends = ends;
    }

    public void Dispose() => _stream.Dispose();

    private void Load()
    {
        var bytes = new byte[_stream.Length];
        _stream.ReadExactly(bytes);
        int start = 0;
        long goodEnd = 0;
        while (start < bytes.Length)
        {
            int nl = Array.IndexOf(bytes, (byte)'\n', start);
            if (nl < 0) break; // a line cut off by a kill: not committed
            try
            {
                using var doc = JsonDocument.Parse(bytes.AsMemory(start, nl - start));
                Ends = doc.RootElement.GetProperty("ends").EnumerateArray().Select(e => e.GetInt64()).ToArray();
                foreach (var id in doc.RootElement.GetProperty("ids").EnumerateArray()) DoneIds.Add(id.GetString()!);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"the resume journal is damaged at byte {start}: {ex.Message}", ex);
            }

            start = nl + 1;
            goodEnd = start;
        }

        _stream.SetLength(goodEnd);
        _stream.Seek(goodEnd, SeekOrigin.Begin);
    }
}
