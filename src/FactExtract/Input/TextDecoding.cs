using System.Text;

namespace FactExtract.Input;

/// <summary>
/// Strict decoding: UTF-8 with or without a byte order mark, and UTF-16 with one; binary content and invalid byte
/// sequences are errors, not mojibake.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        // UTF-16 is valid text, and its byte order mark says so: every ASCII letter has a NUL byte beside it, which
        // would otherwise read as binary content.
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return DecodeUtf16(bytes[2..], bytes[0] == 0xFE ? StrictUtf16Be : StrictUtf16Le, out error);

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

    private static string? DecodeUtf16(ReadOnlySpan<byte> bytes, UnicodeEncoding encoding, out string? error)
    {
        try
        {
            var text = encoding.GetString(bytes);
            error = text.Contains('\0') ? "binary content (NUL characters), not text" : null;
            return error is null ? text : null;
        }
        catch (DecoderFallbackException ex)
        {
            error = $"invalid UTF-16 at byte {ex.Index + 2}";
            return null;
        }
    }

    /// <summary>An empty or blank document is an input error: nothing can be extracted and it usually means a broken export.</summary>
    public static string? CheckNotBlank(string text) =>
        string.IsNullOrWhiteSpace(text) ? "empty document (no text)" : null;
}
