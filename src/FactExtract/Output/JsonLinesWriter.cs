using System.Text.Json;

namespace FactExtract.Output;

/// <summary>
/// Writes results as JSON Lines to one stream, byte for byte as <see cref="JsonResultWriter.WriteLine"/> does, but with
/// one <see cref="Utf8JsonWriter"/> (and so one growing buffer) for every line instead of a new one per result.
/// </summary>
public sealed class JsonLinesWriter
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    /// <summary>A writer appending to <paramref name="stream"/>, which it neither flushes nor closes.</summary>
    /// <param name="stream">The destination.</param>
    public JsonLinesWriter(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, JsonResultWriter.Compact);
    }

    /// <summary>Writes one result as one line.</summary>
    /// <param name="result">The document's result.</param>
    public void Write(ExtractionResult result)
    {
        _writer.Reset(_stream);
        JsonResultWriter.Write(_writer, result);
        _stream.WriteByte((byte)'\n');
    }
}
