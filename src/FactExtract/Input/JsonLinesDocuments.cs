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
            // One pass of the reader over the line, without building a document: a line with a syntax error fails
            // at the same place with the same message as parsing it whole did, and a field given twice takes its
            // last value, as a document's property lookup does.
            var reader = new Utf8JsonReader(line.Span);
            var root = JsonTokenType.None;
            Field id = default, textField = default, dateField = default;
            while (reader.Read())
            {
                if (root == JsonTokenType.None) root = reader.TokenType;
                if (root != JsonTokenType.StartObject || reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
                bool isId = reader.ValueTextEquals(options.IdField);
                bool isText = reader.ValueTextEquals(options.TextField);
                bool isDate = reader.ValueTextEquals(options.DateField);
                reader.Read();
                if (isId) id = Field.Of(ref reader);
                if (isText) textField = Field.Of(ref reader);
                if (isDate) dateField = Field.Of(ref reader);
            }

            if (root != JsonTokenType.StartObject)
                return new InputItem(fallbackId, null, $"{source}: malformed JSON record: expected an object, got {KindOf(root)}");
            if (id.Unreadable) return new InputItem(fallbackId, null, Unreadable(source, options.IdField));
            string idText = id.Kind is JsonValueKind.String or JsonValueKind.Number ? id.Value! : fallbackId;
            if (textField.Unreadable) return new InputItem(idText, null, Unreadable(source, options.TextField));
            if (dateField.Unreadable) return new InputItem(idText, null, Unreadable(source, options.DateField));
            if (textField.Kind != JsonValueKind.String)
                return new InputItem(idText, null, $"{source}: no string field \"{options.TextField}\"");
            var text = textField.Value!;
            if (TextDecoding.CheckNotBlank(text) is { } blank) return new InputItem(idText, null, $"{source}: {blank}");
            if (text.Contains('\0')) return new InputItem(idText, null, $"{source}: binary content (NUL characters), not text");
            DateOnly? date = dateField.Kind == JsonValueKind.String ? DateField.Parse(dateField.Value) : null;
            // A date that is there but is no date is read past (the document is still good), and said.
            if (date is null && dateField.Kind is not (JsonValueKind.Undefined or JsonValueKind.Null) && !(dateField.Kind == JsonValueKind.String && string.IsNullOrWhiteSpace(dateField.Value)))
                options.Warning?.Invoke($"{idText}: {source}: field \"{options.DateField}\" is not a date ({Shown(dateField)}); relative dates are resolved without it");
            return new InputItem(idText, new Document(idText, text) { Source = source, ReferenceDate = date }, null);
        }
        catch (JsonException ex)
        {
            return new InputItem(fallbackId, null, $"{source}: malformed JSON: {ex.Message}");
        }
    }

    // A field's value as a warning shows it: strings quoted and cut short, other kinds by name.
    private static string Shown(Field field) => field.Kind switch
    {
        JsonValueKind.String => field.Value!.Length <= 40 ? $"\"{field.Value}\"" : $"\"{field.Value[..40]}...\"",
        JsonValueKind.Number => field.Value!,
        _ => $"a JSON {field.Kind.ToString().ToLowerInvariant()}",
    };

    private static string Unreadable(string source, string field) =>
        $"{source}: field \"{field}\" is not valid text: it escapes a lone UTF-16 surrogate (such as \\udfff)";

    // The value kind a document would give the root token.
    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.Undefined,
    };

    // A field's value as the document's element would give it: a string unescaped, a number as written.
    // Unreadable: a string whose escapes make no valid text (a lone surrogate, "\udfff"), which the reader accepts
    // as JSON but cannot turn into a string; it is that record's error, not the batch's.
    private readonly record struct Field(JsonValueKind Kind, string? Value, bool Unreadable = false)
    {
        public static Field Of(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.String => OfString(ref reader),
            JsonTokenType.Number => new Field(JsonValueKind.Number, System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            _ => new Field(KindOf(reader.TokenType), null),
        };

        private static Field OfString(ref Utf8JsonReader reader)
        {
            try
            {
                return new Field(JsonValueKind.String, reader.GetString());
            }
            catch (InvalidOperationException)
            {
                return new Field(JsonValueKind.String, null, Unreadable: true);
            }
        }
    }
}
