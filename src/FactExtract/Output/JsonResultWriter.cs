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
    /// <returns>The writer.</returns>
    public static JsonLinesWriter Lines(Stream stream) => new(stream);

    /// <summary>Writes one result as a JSON object to an existing writer.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The result to write.</param>
    public static void Write(Utf8JsonWriter writer, ExtractionResult result)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Id, result.Id);
        writer.WriteString(Names.Source, result.Source);
        if (result.ReferenceDate is { } rd)
        {
            Span<char> day = stackalloc char[IsoDate.Length];
            IsoDate.Format(rd, day);
            writer.WriteString(Names.ReferenceDate, day);
        }
        else
        {
            writer.WriteNull(Names.ReferenceDate);
        }

        writer.WriteStartArray(Names.Entities);
        foreach (var e in result.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Text, e.Text);
            writer.WriteString(Names.Label, e.Label);
            writer.WriteNumber(Names.Start, e.Start);
            writer.WriteNumber(Names.End, e.End);
            writer.WriteString(Names.Canonical, e.Canonical);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Names.Dates);
        foreach (var d in result.Dates)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Text, d.Text);
            writer.WriteNumber(Names.Start, d.Start);
            writer.WriteNumber(Names.End, d.End);
            writer.WriteString(Names.Type, d.Type);
            writer.WriteString(Names.Value, d.Value);
            writer.WriteString(Names.Anchor, d.Anchor);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Names.Quotes);
        foreach (var q in result.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Text, q.Text);
            writer.WriteNumber(Names.Start, q.Start);
            writer.WriteNumber(Names.End, q.End);
            writer.WriteString(Names.Speaker, q.Speaker);
            WriteNullableNumber(writer, Names.SpeakerStart, q.SpeakerStart);
            WriteNullableNumber(writer, Names.SpeakerEnd, q.SpeakerEnd);
            writer.WriteString(Names.Cue, q.Cue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Names.Attributions);
        foreach (var a in result.Attributions)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Kind, a.KindName);
            writer.WriteString(Names.Text, a.Text);
            writer.WriteNumber(Names.Start, a.Start);
            writer.WriteNumber(Names.End, a.End);
            WriteSpan(writer, Names.Cue, a.Cue);
            WriteSpan(writer, Names.Source, a.Source);
            writer.WriteString(Names.Speaker, a.Speaker);
            writer.WriteStartArray(Names.Parts);
            foreach (var part in a.Parts) WriteSpanValue(writer, part);

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFacts(writer, result.Facts);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteFacts(Utf8JsonWriter writer, ArticleFacts facts)
    {
        writer.WriteStartObject(Names.Facts);
        writer.WriteStartArray(Names.Organisations);
        foreach (var o in facts.Organisations)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Canonical, o.Canonical);
            writer.WriteNumber(Names.Mentions, o.Mentions);
            writer.WriteNumber(Names.FirstStart, o.FirstStart);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Names.Timeline);
        foreach (var t in facts.Timeline)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Value, t.Value);
            writer.WriteString(Names.Type, t.Type);
            writer.WriteString(Names.Text, t.Text);
            writer.WriteNumber(Names.Mentions, t.Mentions);
            writer.WriteNumber(Names.FirstStart, t.FirstStart);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Names.Speakers);
        foreach (var s in facts.Speakers)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Speaker, s.Speaker);
            writer.WriteStartArray(Names.Quotes);
            foreach (var q in s.Quotes)
            {
                writer.WriteStartObject();
                writer.WriteString(Names.Text, q.Text);
                writer.WriteNumber(Names.Start, q.Start);
                writer.WriteNumber(Names.End, q.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, JsonEncodedText name, AttributionSpan? span)
    {
        if (span is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WritePropertyName(name);
        WriteSpanValue(writer, span);
    }

    private static void WriteSpanValue(Utf8JsonWriter writer, AttributionSpan span)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Text, span.Text);
        writer.WriteNumber(Names.Start, span.Start);
        writer.WriteNumber(Names.End, span.End);
        writer.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    // The field names, encoded once instead of transcoded and checked for escaping at every write.
    private static class Names
    {
        public static readonly JsonEncodedText Anchor = JsonEncodedText.Encode("anchor");
        public static readonly JsonEncodedText Attributions = JsonEncodedText.Encode("attributions");
        public static readonly JsonEncodedText Canonical = JsonEncodedText.Encode("canonical");
        public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
        public static readonly JsonEncodedText Dates = JsonEncodedText.Encode("dates");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
        public static readonly JsonEncodedText Facts = JsonEncodedText.Encode("facts");
        public static readonly JsonEncodedText FirstStart = JsonEncodedText.Encode("first_start");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
        public static readonly JsonEncodedText Organisations = JsonEncodedText.Encode("organisations");
        public static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");
        public static readonly JsonEncodedText ReferenceDate = JsonEncodedText.Encode("reference_date");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText Parts = JsonEncodedText.Encode("parts");
        public static readonly JsonEncodedText SpeakerEnd = JsonEncodedText.Encode("speaker_end");
        public static readonly JsonEncodedText SpeakerStart = JsonEncodedText.Encode("speaker_start");
        public static readonly JsonEncodedText Speakers = JsonEncodedText.Encode("speakers");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Timeline = JsonEncodedText.Encode("timeline");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    }
}
