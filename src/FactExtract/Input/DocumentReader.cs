using System.Text;
using System.Text.Json;

namespace FactExtract.Input;

/// <summary>
/// Reads documents from files, folders (recursively) and standard input. Plain text and Markdown
/// files are one document each; JSON Lines files hold one document per line
/// (<c>{"id": ..., "text": ..., "date": "YYYY-MM-DD"}</c>).
/// </summary>
public static class DocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file extensions picked up when a folder is given.</summary>
    public static IReadOnlyList<string> FolderExtensions { get; } = new[] { ".txt", ".md", ".html", ".jsonl", ".csv" };

    /// <summary>Enumerates every document named by <paramref name="paths"/> (<c>-</c> is standard input), in order.</summary>
    /// <param name="paths">Files, folders or <c>-</c>.</param>
    /// <param name="stdin">The stream read for <c>-</c>.</param>
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, Stream? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return FromBytes("stdin", "-", ReadAll(stdin ?? Console.OpenStandardInput()));
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => FolderExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal);
                foreach (var file in files)
                    foreach (var item in ReadFile(file)) yield return item;
            }
            else
            {
                foreach (var item in ReadFile(path)) yield return item;
            }
        }
    }

    private static IEnumerable<InputItem> ReadFile(string path)
    {
        string id = Path.GetFileNameWithoutExtension(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new[] { new InputItem(id, null, $"cannot read {path}: {ex.Message}") };
        }

        return Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            ? ReadJsonLines(path, bytes)
            : new[] { FromBytes(id, path, bytes) };
    }

    internal static InputItem FromBytes(string id, string source, byte[] bytes)
    {
        var text = Decode(bytes, out var error);
        return text is null
            ? new InputItem(id, null, error)
            : new InputItem(id, new Document(id, text) { Source = source }, null);
    }

    /// <summary>Decodes UTF-8 strictly; binary content and invalid byte sequences are errors, not mojibake.</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            error = "binary content (NUL bytes), not text";
            return null;
        }

        try
        {
            error = null;
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            error = $"invalid UTF-8 at byte {ex.Index}";
            return null;
        }
    }

    private static IEnumerable<InputItem> ReadJsonLines(string path, byte[] bytes)
    {
        string stem = Path.GetFileNameWithoutExtension(path);
        int lineNumber = 0;
        int start = 0;
        while (start < bytes.Length)
        {
            int nl = Array.IndexOf(bytes, (byte)'\n', start);
            int end = nl < 0 ? bytes.Length : nl;
            lineNumber++;
            var line = bytes.AsSpan(start, end - start).TrimEnd((byte)'\r');
            start = end + 1;
            if (line.Trim(" \t"u8).IsEmpty) continue;
            yield return ParseJsonLine($"{stem}:{lineNumber}", $"{path}:{lineNumber}", line);
        }
    }

    private static InputItem ParseJsonLine(string fallbackId, string source, ReadOnlySpan<byte> line)
    {
        try
        {
            using var json = JsonDocument.Parse(line.ToArray());
            var root = json.RootElement;
            string id = root.TryGetProperty("id", out var idProp) && idProp.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idProp.ToString() : fallbackId;
            if (!root.TryGetProperty("text", out var textProp) || textProp.ValueKind != JsonValueKind.String)
                return new InputItem(id, null, $"{source}: no string field \"text\"");
            DateOnly? date = null;
            if (root.TryGetProperty("date", out var dateProp) && dateProp.ValueKind == JsonValueKind.String)
            {
                var raw = dateProp.GetString()!;
                if (DateOnly.TryParseExact(raw.Length >= 10 ? raw[..10] : raw, "yyyy-MM-dd", out var d)) date = d;
            }

            return new InputItem(id, new Document(id, textProp.GetString()!) { Source = source, ReferenceDate = date }, null);
        }
        catch (JsonException ex)
        {
            return new InputItem(fallbackId, null, $"{source}: malformed JSON: {ex.Message}");
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
