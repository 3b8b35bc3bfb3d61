using System.Text;
using System.Text.Json;
using FactExtract.Input;

namespace FactExtract.Tests.Batch;

/// <summary>
/// A JSON Lines record is read in one pass of the reader: ids, texts, dates and every error message are those of
/// reading the record as a whole JSON document (the way records were read before).
/// </summary>
public class JsonLinesRecordTests
{
    public static TheoryData<string> Lines() => new()
    {
        """{"id":"a1","text":"Apple rose.","date":"2016-10-01"}""",
        """{"id":7,"text":"IBM fell.","date":"2016-10-01T09:00:00Z"}""",
        """{"id":-1.50e3,"text":"Num\u00e9ro \"cinq\" \\ done."}""",
        """{"text":"No id.","id":null}""",
        """{"id":"x","text":"first","text":"second, the last one wins"}""",
        """{"id":"x","text":"a string first","text":42}""",
        """{"\u0069d":"escaped-name","te\u0078t":"Escaped field names."}""",
        """{"meta":{"id":"inner","text":"inner"},"id":"outer","text":"Nested fields are not the record's."}""",
        """{"id":["a"],"text":"An array id falls back.","date":17}""",
        """{"id":"t","text":"   "}""",
        """{"id":"t","text":"nul\u0000inside"}""",
        """{"id":"t"}""",
        """["text","not an object"]""",
        "\"just a string\"",
        "42",
        "true",
        "null",
        """{"id":"t","text":"unterminated""",
        """{"id":"t","text":"x"} trailing""",
        """{"id":"t","text":"x",}""",
        """{"id":"t" "text":"x"}""",
        """{'id':'t'}""",
        """{"id":"t","text":"bad escape \q"}""",
        "{",
        "}",
        "{\"a\":" + string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)) + "}",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void ReadsARecordAsTheDocumentReadingDid(string line)
    {
        var options = InputOptions.Default;
        var bytes = Encoding.UTF8.GetBytes(line);

        var read = JsonLinesDocuments.Parse("feed:1", "feed.jsonl:1", bytes, options);
        var expected = AsDocument("feed:1", "feed.jsonl:1", bytes, options);

        Assert.Equal(expected.Id, read.Id);
        Assert.Equal(expected.Error, read.Error);
        Assert.Equal(expected.Document?.Text, read.Document?.Text);
        Assert.Equal(expected.Document?.Id, read.Document?.Id);
        Assert.Equal(expected.Document?.ReferenceDate, read.Document?.ReferenceDate);
    }

    // The reference: the record parsed as a whole document and its properties looked up.
    private static InputItem AsDocument(string fallbackId, string source, byte[] line, InputOptions options)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new InputItem(fallbackId, null, $"{source}: malformed JSON record: expected an object, got {root.ValueKind}");
            string id = root.TryGetProperty(options.IdField, out var idProp) && idProp.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idProp.ToString() : fallbackId;
            if (!root.TryGetProperty(options.TextField, out var textProp) || textProp.ValueKind != JsonValueKind.String)
                return new InputItem(id, null, $"{source}: no string field \"{options.TextField}\"");
            var text = textProp.GetString()!;
            if (string.IsNullOrWhiteSpace(text)) return new InputItem(id, null, $"{source}: empty document (no text)");
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
