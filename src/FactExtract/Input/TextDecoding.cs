using System.Text;

namespace FactExtract.Input;

/// <summary>Strict UTF-8 decoding: binary content and invalid byte sequences are errors, not mojibake.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
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

    /// <summary>An empty or blank document is an input error: nothing can be extracted and it usually means a broken export.</summary>
    public static string? CheckNotBlank(string text) =>
        string.IsNullOrWhiteSpace(text) ? "empty document (no text)" : null;
}
