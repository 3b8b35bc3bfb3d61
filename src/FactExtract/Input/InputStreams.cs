namespace FactExtract.Input;

/// <summary>Opens inputs for sequential reading, decompressing gzip (by extension or by its magic bytes).</summary>
internal static class InputStreams
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Opens a file; a <c>.gz</c> file (or one starting with the gzip magic) is decompressed on the fly.</summary>
    public static Stream OpenFile(string path, ReadCounter? counter)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        return Decompressed(new CountingStream(file, counter), path);
    }

    /// <summary>Wraps standard input (or any stream), decompressing it when it starts with the gzip magic.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="path">The file the stream reads, when it is one (a gzip file of several members is then checked too).</param>
    public static Stream Decompressed(Stream stream, string? path = null)
    {
        var magic = new byte[2];
        int n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        var whole = new PrefixedStream(magic.AsMemory(0, n), stream);
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B
            ? new BufferedStream(new CheckedGzipStream(whole, path), BufferSize)
            : whole;
    }

    /// <summary>The extension that decides the format: <c>a.jsonl.gz</c> reads as <c>.jsonl</c>.</summary>
    public static string FormatExtension(string path)
    {
        var ext = Path.GetExtension(path);
        if (ext.Equals(".gz", StringComparison.OrdinalIgnoreCase)) ext = Path.GetExtension(Path.GetFileNameWithoutExtension(path));
        return ext.ToLowerInvariant();
    }

    /// <summary>The file name without its format and <c>.gz</c> extensions.</summary>
    public static string Stem(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        return Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>Reads a whole document, refusing one larger than <paramref name="maxBytes"/> without reading it all.</summary>
    public static byte[]? ReadLimited(Stream stream, int maxBytes, out string? error)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[BufferSize];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                error = $"document too large (more than {maxBytes:N0} bytes; see --max-document-bytes)";
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        error = null;
        return buffer.ToArray();
    }
}
