using System.Globalization;
using System.Text.Json;

namespace FactExtract.Corpus;

/// <summary>
/// Reads one line of <c>extract --format jsonl</c> output into a <see cref="CorpusDocument"/>, tolerantly: fields an
/// older version did not write (<c>canonical</c>, <c>facts</c>, <c>reference_date</c>) are filled in or left out with a
/// note, and fields a newer one adds (<c>attributions</c>, <c>tokens</c>) are read when present. A line that is not a
/// JSON object (truncated by a killed run, say) is reported, never thrown.
/// </summary>
public static class CorpusJsonLine
{
    /// <summary>Reads one line.</summary>
    /// <param name="line">The UTF-8 bytes of the line, without its newline.</param>
    public static CorpusLine Read(ReadOnlySpan<byte> line)
    {
        JsonDocument json;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
            json = JsonDocument.ParseValue(ref reader);
            // ParseValue stops after one value; anything but whitespace after it means two values glued together.
            if (line[(int)reader.BytesConsumed..].TrimStart(" \t\r"u8).Length > 0)
            {
                json.Dispose();
                return CorpusLine.Bad("more than one JSON value on the line");
            }
        }
        catch (JsonException ex)
        {
            return CorpusLine.Bad($"not valid JSON (truncated?): {ex.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return CorpusLine.Bad($"a result must be a JSON object, not {root.ValueKind}");
            var notes = new List<string>();
            var id = String(root, "id");
            if (id is null) notes.Add("no 'id'");
            if (String(root, "error") is { } error) return CorpusLine.Failed(id ?? "", error, notes);
            return CorpusLine.Ok(ReadDocument(root, id ?? "", notes), notes);
        }
    }

    private static CorpusDocument ReadDocument(JsonElement root, string id, List<string> notes)
    {
        DateOnly? referenceDate = null;
        if (!root.TryGetProperty("reference_date", out var rd)) notes.Add("no 'reference_date' (older output?)");
        else if (rd.ValueKind == JsonValueKind.Null) notes.Add("no reference date");
        else if (rd.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(rd.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) referenceDate = day;
        else notes.Add($"reference_date {rd.GetRawText()} is not a YYYY-MM-DD date");

        var organisations = new List<string>();
        int entities = 0;
        bool missingCanonical = false;
        foreach (var e in Array(root, "entities", notes))
        {
            entities++;
            if (e.ValueKind != JsonValueKind.Object || String(e, "label") != "ORG") continue;
            // Before canonical names existed, the mention's own text is the best name there is.
            var name = String(e, "canonical") ?? String(e, "text");
            if (String(e, "canonical") is null) missingCanonical = true;
            if (name is not null) organisations.Add(name);
        }

        if (missingCanonical) notes.Add("ORG entities without 'canonical' (older output): their text is used");

        var dateValues = new List<string>();
        int dates = 0;
        foreach (var d in Array(root, "dates", notes))
        {
            dates++;
            if (d.ValueKind == JsonValueKind.Object && String(d, "value") is { } value) dateValues.Add(value);
        }

        var quotes = new List<CorpusQuote>();
        foreach (var q in Array(root, "quotes", notes))
            if (q.ValueKind == JsonValueKind.Object) quotes.Add(new CorpusQuote(String(q, "speaker"), String(q, "text") ?? ""));

        int? attributions = root.TryGetProperty("attributions", out var a) && a.ValueKind == JsonValueKind.Array ? a.GetArrayLength() : null;
        int? tokens = root.TryGetProperty("tokens", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt32(out var n) ? n
            : root.TryGetProperty("tokens", out t) && t.ValueKind == JsonValueKind.Array ? t.GetArrayLength() : null;
        return new CorpusDocument(id, referenceDate, tokens, entities, dates, attributions, organisations, dateValues, quotes);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Array(JsonElement root, string name, List<string> notes)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array) return value.EnumerateArray();
        notes.Add($"no '{name}' array: counted as empty");
        return System.Array.Empty<JsonElement>();
    }
}

/// <summary>What one input line held.</summary>
/// <param name="Document">The document, when the line is a successful result.</param>
/// <param name="FailedId">The document's id, when the line is a failed result.</param>
/// <param name="Error">Why the line is no document: the failure of a failed result, or what is wrong with a bad line.</param>
/// <param name="Notes">What was missing or filled in, for a warning (empty for a complete, current result).</param>
public sealed record CorpusLine(CorpusDocument? Document, string? FailedId, string? Error, IReadOnlyList<string> Notes)
{
    /// <summary>Whether the line was not a result at all (malformed or truncated) and should be skipped.</summary>
    public bool IsBad => Document is null && FailedId is null;

    internal static CorpusLine Ok(CorpusDocument document, IReadOnlyList<string> notes) => new(document, null, null, notes);

    internal static CorpusLine Failed(string id, string error, IReadOnlyList<string> notes) => new(null, id, error, notes);

    internal static CorpusLine Bad(string problem) => new(null, null, problem, System.Array.Empty<string>());
}
