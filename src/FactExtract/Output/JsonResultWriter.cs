using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactExtract.Output;

/// <summary>
/// Writes results in the contract's JSON shape (snake_case fields, in the contract's order).
/// Written by hand with <see cref="Utf8JsonWriter"/> so field order and nulls are exactly as documented.
/// </summary>
public static class JsonResultWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    internal static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serialises one result as an indented JSON document.</summary>
    /// <param name="result">The result to write.</param>
    public static string ToJson(ExtractionResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented)) Write(writer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes one result as a single line of JSON followed by a newline (JSON Lines).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="result">The result to write.</param>
    public static void WriteLine(Stream stream, ExtractionResult result)
    {
        using (var writer = new Utf8JsonWriter(stream, Compact)) Write(writer, result);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>A JSON Lines writer for many results to one stream, reusing one <see cref="Utf8JsonWriter"/> and its buffer.</summary>
    /// <param name="stream">The destination.</param>
    internal static JsonLinesWriter Lines(Stream stream) => new(stream);

    /// <summary>Writes one result as a JSON object to an existing writer.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The result to write.</param>
    public static void Write(Utf8JsonWriter writer, ExtractionResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("id", result.Id);
        writer.WriteString("source", result.Source);
        if (result.ReferenceDate is { } rd) writer.WriteString("reference_date", rd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else writer.WriteNull("reference_date");

        writer.WriteStartArray("entities");
        foreach (var e in result.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("text", e.Text);
            writer.WriteString("label", e.Label);
            writer.WriteNumber("start", e.Start);
            writer.WriteNumber("end", e.End);
            writer.WriteString("canonical", e.Canonical);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("dates");
        foreach (var d in result.Dates)
        {
            writer.WriteStartObject();
            writer.WriteString("text", d.Text);
            writer.WriteNumber("start", d.Start);
            writer.WriteNumber("end", d.End);
            writer.WriteString("type", d.Type);
            writer.WriteString("value", d.Value);
            writer.WriteString("anchor", d.Anchor);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (var q in result.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("text", q.Text);
            writer.WriteNumber("start", q.Start);
            writer.WriteNumber("end", q.End);
            writer.WriteString("speaker", q.Speaker);
            WriteNullableNumber(writer, "speaker_start", q.SpeakerStart);
            WriteNullableNumber(writer, "speaker_end", q.SpeakerEnd);
            writer.WriteString("cue", q.Cue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFacts(writer, result.Facts);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteFacts(Utf8JsonWriter writer, ArticleFacts facts)
    {
        writer.WriteStartObject("facts");
        writer.WriteStartArray("organisations");
        foreach (var o in facts.Organisations)
        {
            writer.WriteStartObject();
            writer.WriteString("canonical", o.Canonical);
            writer.WriteNumber("mentions", o.Mentions);
            writer.WriteNumber("first_start", o.FirstStart);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("timeline");
        foreach (var t in facts.Timeline)
        {
            writer.WriteStartObject();
            writer.WriteString("value", t.Value);
            writer.WriteString("type", t.Type);
            writer.WriteString("text", t.Text);
            writer.WriteNumber("mentions", t.Mentions);
            writer.WriteNumber("first_start", t.FirstStart);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("speakers");
        foreach (var s in facts.Speakers)
        {
            writer.WriteStartObject();
            writer.WriteString("speaker", s.Speaker);
            writer.WriteStartArray("quotes");
            foreach (var q in s.Quotes)
            {
                writer.WriteStartObject();
                writer.WriteString("text", q.Text);
                writer.WriteNumber("start", q.Start);
                writer.WriteNumber("end", q.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }
}
