namespace FactExtract.Input;

/// <summary>
/// Reads a stream line by line as raw bytes with a bounded buffer: a line longer than the limit is
/// skipped (and reported as such) instead of growing memory, so a 1 GB input needs a few MB at most.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes) : IDisposable
{
    private const int ChunkSize = 64 * 1024;
    private byte[] _buffer = new byte[ChunkSize];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// Reads the next line (without its line break). Returns false at the end of the input. When the line was
    /// longer than the limit, <paramref name="tooLong"/> is true and <paramref name="line"/> is empty.
    /// </summary>
    public bool ReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        int scanFrom = _start;
        while (true)
        {
            int nl = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                int lineEnd = scanFrom + nl;
                tooLong |= lineEnd - _start > maxLineBytes;
                line = tooLong ? ReadOnlyMemory<byte>.Empty : Trim(_buffer.AsMemory(_start, lineEnd - _start));
                _start = lineEnd + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                if (_start >= _end && !tooLong)
                {
                    line = ReadOnlyMemory<byte>.Empty;
                    return false;
                }

                tooLong |= _end - _start > maxLineBytes;
                line = tooLong ? ReadOnlyMemory<byte>.Empty : Trim(_buffer.AsMemory(_start, _end - _start));
                _start = _end;
                LineNumber++;
                return true;
            }

            if (_end - _start > maxLineBytes)
            {
                // Drop what we hold of the oversized line and keep scanning for its end.
                tooLong = true;
                _start = _end;
                scanFrom = _end;
            }

            scanFrom = Fill(scanFrom);
        }
    }

    public void Dispose() => stream.Dispose();

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    // Reads more input, compacting or growing the buffer; returns where scanning resumes.
    private int Fill(int scanFrom)
    {
        int scanned = _end - scanFrom;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length) Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, Math.Max(maxLineBytes, ChunkSize) + ChunkSize));
        int n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) _eof = true;
        int resume = _end - scanned;
        _end += n;
        return resume;
    }
}
