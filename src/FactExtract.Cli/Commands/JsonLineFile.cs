using System.IO.Compression;

namespace FactExtract.Cli.Commands;

/// <summary>
/// The lines of a JSON Lines file (or <c>.gz</c>) as UTF-8 bytes, read in chunks so memory is one line at a time, not
/// one file. A line longer than <see cref="MaxLine"/> is reported as too long instead of being held: one runaway line
/// (a file that is not JSON Lines at all) must not take the memory the report promises to stay within.
/// </summary>
internal static class JsonLineFile
{
    public const int MaxLine = 64 * 1024 * 1024;

    /// <summary>One line: its 1-based number and bytes (without the newline), or null bytes when it was too long.</summary>
    public readonly record struct Line(long Number, ReadOnlyMemory<byte>? Bytes);

    public static IEnumerable<Line> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        var chunk = new byte[64 * 1024];
        var line = new MemoryStream();
        bool tooLong = false;
        long number = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            int start = 0;
            while (start < read)
            {
                int newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                int end = newline < 0 ? read : newline;
                if (!tooLong)
                {
                    if (line.Length + (end - start) > MaxLine) { tooLong = true; line.SetLength(0); }
                    else line.Write(chunk, start, end - start);
                }

                if (newline < 0) break;
                number++;
                yield return Finish(number, line, tooLong);
                line.SetLength(0);
                tooLong = false;
                start = newline + 1;
            }
        }

        // A last line without a newline is still a line (a run killed mid-write leaves exactly that).
        if (line.Length > 0 || tooLong) yield return Finish(number + 1, line, tooLong);
    }

    private static Line Finish(long number, MemoryStream line, bool tooLong)
    {
        if (tooLong) return new Line(number, null);
        var bytes = line.GetBuffer().AsMemory(0, (int)line.Length);
        // Windows line ends: the \r belongs to the newline, not the JSON.
        if (bytes.Length > 0 && bytes.Span[^1] == (byte)'\r') bytes = bytes[..^1];
        return new Line(number, bytes);
    }
}
