using System.Text.Json;
using System.Text.Unicode;

namespace FactExtract.Input;

/// <summary>
/// Reads JSON Lines record by record: each non-blank line is an object with an id, a text and a date
/// field (names from <see cref="InputOptions"/>). A bad line is an error item; the lines around it still count.
/// </summary>
internal static class JsonLinesDocuments
{
    public static IEnumerable<InputItem> Read(Stream stream, string name, string source, InputOptions options)
    {
        using var lines = new Utf8LineReader(stream, options.MaxDocumentBytes);
        while (lines.ReadLine(out var line, out bool tooLong))
        {
            string fallbackId = $"{name}:{lines.LineNumber}";
            string where = $"{source}:{lines.LineNumber}";
            if (tooLong)
            {
                yield return new InputItem(fallbackId, null, $"{where}: record too large (more than {options.MaxDocumentBytes:N0} bytes; see --max-document-bytes)");
                continue;
            }

            if (line.Span.Trim(" \t"u8).IsEmpty) continue;
            yield return Parse(fallbackId, where, line, options);
        }
    }

    internal static InputItem Parse(string fallbackId, string source, ReadOnlyMemory<byte> line, InputOptions options)
    {
        if (!Utf8.IsValid(line.Span))
            return new InputItem(fallbackId, null, $"{source}: invalid UTF-8");
        try
        {
            // Parsed in place, without copying the line: the strings taken from it are copied out before it is disposed.
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new InputItem(fallbackId, null, $"{source}: malformed JSON record: expected an object, got {root.ValueKind}");
            string id = root.TryGetProperty(options.IdField, out var idProp) && idProp.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idProp.ToString() : fallbackId;
            if (!root.TryGetProperty(options.TextField, out var textProp) || textProp.ValueKind != JsonValueKind.String)
                return new InputItem(id, null, $"{source}: no string field \"{options.TextField}\"");
            var text = textProp.GetString()!;
            if (TextDecoding.CheckNotBlank(text) is { } blank) return new InputItem(id, null, $"{source}: {blank}");
            if (text.Contains('\0')) return new InputItem(id, null, $"{source}: binary content (NUL characters), not text");
            DateOnly? date = root.TryGetProperty(options.DateField, out var dateProp) && dateProp.ValueKind == JsonValueKind.String
                ? DateField.Parse(dateProp.GetString()) : null;
            return new InputItem(id, new Document(id, text) { Source = source, ReferenceDate = date }, null);
        }
        catch (JsonException ex)
        {
            return new InputItem(fallbackId, null, $"{source}: malformed JSON: {ex.Message}");
        }
    }
}
