using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactExtract.Corpus;

/// <summary><see cref="CorpusSummary"/> as JSON (snake_case, like the result schema), both ways.</summary>
public static class CorpusSummaryJson
{
    // Relaxed escaping keeps names readable; the JSON is data, never inlined into a page (the HTML report escapes itself).
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The summary as indented JSON.</summary>
    /// <param name="summary">The summary.</param>
    public static string Write(CorpusSummary summary) => JsonSerializer.Serialize(summary, Options);

    /// <summary>Reads a summary <see cref="Write"/> wrote.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="JsonException">The text is not a summary.</exception>
    public static CorpusSummary Read(string json) =>
        JsonSerializer.Deserialize<CorpusSummary>(json, Options) ?? throw new JsonException("not a corpus summary: null");
}
