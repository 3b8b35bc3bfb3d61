using System.Text.Json;

namespace FactExtract.Output;

/// <summary>
/// Writes results as JSON Lines to one stream, byte for byte as <see cref="JsonResultWriter.WriteLine"/> does, but with
/// one <see cref="Utf8JsonWriter"/> (and so one growing buffer) for every line instead of a new one per result.
/// </summary>
internal sealed class JsonLinesWriter
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public JsonLinesWriter(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, JsonResultWriter.Compact);
    }

    public void Write(ExtractionResult result)
    {
        _writer.Reset(_stream);
        JsonResultWriter.Write(_writer, result);
        _stream.WriteByte((byte)'\n');
    }
}
