using System.Globalization;
using System.Text.Json;

namespace FactExtract.Evaluation;

/// <summary>
/// Reads documents in the output schema of the contract: gold files (corpora/seed/*.gold.json) and
/// the predictions <c>factextract extract</c> writes. Fields the schema does not know (such as
/// <c>facts</c> or <c>anchor</c>) are ignored, so an extract output can be scored as it is.
/// </summary>
internal static class GoldFileReader
{
    /// <summary>
    /// Reads a gold file and the text its <c>source</c> names, and checks every span against that
    /// text. The source is looked up relative to the gold file's folder and each folder above it
    /// (so a repository-relative <c>seeds/...</c> is found from anywhere inside the repository),
    /// then relative to the current folder.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a document in the schema, its text cannot be found, or a span does not match it.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ExtractionResult Load(string goldPath)
    {
        var gold = Parse(File.ReadAllText(goldPath), goldPath);
        if (gold.Source is null) throw new InvalidDataException($"{goldPath}: no 'source' naming the article text");
        var textPath = FindSource(goldPath, gold.Source)
            ?? throw new InvalidDataException($"{goldPath}: source '{gold.Source}' not found beside the gold file, above it, or in the current folder");
        var withText = gold with { Text = ReadText(textPath) };
        ThrowOnSpanProblems(withText, goldPath);
        return withText;
    }

    /// <summary>
    /// Reads a prediction for the gold document: a JSON object, or a JSON array / JSON Lines file
    /// holding a document with the gold's id. Its spans are checked against the gold's text.
    /// </summary>
    public static ExtractionResult LoadPrediction(string predictionPath, ExtractionResult gold)
    {
        var content = File.ReadAllText(predictionPath).TrimStart('\uFEFF');
        var documents = new List<ExtractionResult>();
        try
        {
            using var json = JsonDocument.Parse(content);
            if (json.RootElement.ValueKind == JsonValueKind.Array)
                documents.AddRange(json.RootElement.EnumerateArray().Select(e => Read(e, predictionPath)));
            else
                documents.Add(Read(json.RootElement, predictionPath));
        }
        catch (JsonException)
        {
            // Not one JSON value: JSON Lines, one document per line.
            int lineNumber = 0;
            foreach (var line in content.Split('\n'))
            {
                lineNumber++;
                if (line.Trim().Length == 0) continue;
                documents.Add(Parse(line, $"{predictionPath}:{lineNumber}"));
            }
        }

        var prediction = documents.Count == 1 ? documents[0] : documents.FirstOrDefault(d => d.Id == gold.Id)
            ?? throw new InvalidDataException($"{predictionPath}: no document with id '{gold.Id}'");
        var withText = prediction with { Text = gold.Text };
        ThrowOnSpanProblems(withText, predictionPath);
        return withText;
    }

    /// <summary>Parses one document object; its <see cref="ExtractionResult.Text"/> is left empty.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">Names the document in error messages.</param>
    public static ExtractionResult Parse(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement, name);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{name}: not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Where the source text is: beside the gold file or above it, else relative to the current folder; null when nowhere.</summary>
    public static string? FindSource(string goldPath, string source)
    {
        if (Path.IsPathRooted(source)) return File.Exists(source) ? source : null;
        for (var dir = new FileInfo(goldPath).Directory; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, source);
            if (File.Exists(candidate)) return candidate;
        }

        return File.Exists(source) ? Path.GetFullPath(source) : null;
    }

    /// <summary>Every span whose offsets fall outside the text or whose <c>text</c> is not the substring they name.</summary>
    public static IReadOnlyList<string> SpanProblems(ExtractionResult document)
    {
        var problems = new List<string>();
        var text = document.Text;
        void Check(string what, int index, string spanText, int start, int end)
        {
            if (start < 0 || end > text.Length || start > end)
                problems.Add($"{what}[{index}] '{spanText}': offsets {start}-{end} outside the text (length {text.Length})");
            else if (!text.AsSpan(start, end - start).SequenceEqual(spanText))
                problems.Add($"{what}[{index}] '{spanText}': the text at {start}-{end} is '{text[start..end]}'");
        }

        for (int i = 0; i < document.Entities.Count; i++) Check("entities", i, document.Entities[i].Text, document.Entities[i].Start, document.Entities[i].End);
        for (int i = 0; i < document.Dates.Count; i++) Check("dates", i, document.Dates[i].Text, document.Dates[i].Start, document.Dates[i].End);
        for (int i = 0; i < document.Quotes.Count; i++)
        {
            var q = document.Quotes[i];
            Check("quotes", i, q.Text, q.Start, q.End);
            if (q.SpeakerStart is { } s && q.SpeakerEnd is { } e && (s < 0 || e > text.Length || s > e))
                problems.Add($"quotes[{i}]: speaker offsets {s}-{e} outside the text");
        }

        return problems;
    }

    private static void ThrowOnSpanProblems(ExtractionResult document, string name)
    {
        var problems = SpanProblems(document);
        if (problems.Count > 0)
            throw new InvalidDataException($"{name}: {problems.Count} span(s) do not match the text, first: {problems[0]}");
    }

    private static string ReadText(string path)
    {
        var text = File.ReadAllText(path);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static ExtractionResult Read(JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{name}: a document must be a JSON object");
        DateOnly? referenceDate = null;
        if (OptionalString(root, "reference_date") is { } rd)
        {
            if (!DateOnly.TryParseExact(rd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                throw new InvalidDataException($"{name}: reference_date must be YYYY-MM-DD, got '{rd}'");
            referenceDate = d;
        }

        var document = new ExtractionResult
        {
            Id = OptionalString(root, "id") ?? Path.GetFileNameWithoutExtension(name),
            Source = OptionalString(root, "source"),
            Text = "",
            ReferenceDate = referenceDate,
            Entities = Items(root, "entities", name, e => new EntityMention(
                Required(e, "text", name), Required(e, "label", name), Number(e, "start", name), Number(e, "end", name),
                OptionalString(e, "canonical") ?? Required(e, "text", name))),
            Dates = Items(root, "dates", name, d => new DateMention(
                Required(d, "text", name), Number(d, "start", name), Number(d, "end", name), Required(d, "type", name), Required(d, "value", name))),
            Quotes = Items(root, "quotes", name, q => new Quotation(
                Required(q, "text", name), Number(q, "start", name), Number(q, "end", name),
                OptionalString(q, "speaker"), OptionalNumber(q, "speaker_start", name), OptionalNumber(q, "speaker_end", name), OptionalString(q, "cue"))),
        };

        // A "facts" section in the file is not trusted: the summary is always derived from the mentions.
        return document with { Facts = ArticleFacts.From(document.Entities, document.Dates, document.Quotes, document.ReferenceDate) };
    }

    private static T[] Items<T>(JsonElement root, string field, string name, Func<JsonElement, T> read)
    {
        if (!root.TryGetProperty(field, out var array) || array.ValueKind == JsonValueKind.Null) return Array.Empty<T>();
        if (array.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{name}: '{field}' must be an array");
        return array.EnumerateArray().Select((e, i) => read(e.ValueKind == JsonValueKind.Object ? e : throw new InvalidDataException($"{name}: {field}[{i}] must be an object"))).ToArray();
    }

    private static string? OptionalString(JsonElement e, string field) =>
        e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Required(JsonElement e, string field, string name) =>
        OptionalString(e, field) ?? throw new InvalidDataException($"{name}: an item lacks the string field '{field}': {e.GetRawText()}");

    private static int Number(JsonElement e, string field, string name) =>
        OptionalNumber(e, field, name) ?? throw new InvalidDataException($"{name}: an item lacks the number field '{field}': {e.GetRawText()}");

    private static int? OptionalNumber(JsonElement e, string field, string name)
    {
        if (!e.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n)
            ? n
            : throw new InvalidDataException($"{name}: '{field}' must be an integer: {e.GetRawText()}");
    }
}
