using System.Buffers.Binary;
using System.IO.Compression;

namespace FactExtract.Input;

/// <summary>
/// Decompresses gzip and checks what <see cref="GZipStream"/> does not: that the data ran to its end. A truncated
/// file otherwise ends early without a word (a short document, or a cut last JSON line that reads as malformed),
/// and some damaged data decompresses to nothing. At the end the length and CRC-32 of what came out are compared
/// with the gzip trailer; a mismatch throws <see cref="InvalidDataException"/> saying the data is damaged or truncated.
/// </summary>
/// <remarks>
/// The trailer covers the last gzip member only. A file of several members (concatenated .gz files, bgzip) is told
/// apart by decompressing its first member alone, which then gives less than the whole; such a file, and standard
/// input, whose first member cannot be read again, are trusted as before when the totals cannot be compared.
/// </remarks>
internal sealed class CheckedGzipStream : ReadOnlyStream
{
    private const int TrailerSize = 8;

    private readonly TailStream _compressed;
    private readonly GZipStream _gzip;
    private readonly string? _path;
    private uint _crc;
    private long _length;
    private bool _checked;

    /// <param name="compressed">The gzip data, from its first byte.</param>
    /// <param name="path">The file it comes from (read again when it may hold several members), or null for a stream.</param>
    public CheckedGzipStream(Stream compressed, string? path)
    {
        _compressed = new TailStream(compressed);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
        _path = path;
    }

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = _gzip.Read(buffer);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"damaged gzip data ({ex.Message})", ex);
        }

        if (n > 0)
        {
            _crc = Crc32.Update(_crc, buffer[..n]);
            _length += n;
        }
        else if (buffer.Length > 0 && !_checked)
        {
            _checked = true;
            CheckEnd();
        }

        return n;
    }

    private void CheckEnd()
    {
        var tail = _compressed.Tail;
        if (tail.Length == TrailerSize
            && BinaryPrimitives.ReadUInt32LittleEndian(tail) == _crc
            && BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]) == (uint)_length) return;
        if (_path is null || FirstMemberLength(_path) is { } first && first < _length) return;
        throw new InvalidDataException($"damaged or truncated gzip data: the {_length:N0} bytes it gave do not match its trailer's length and checksum");
    }

    // The length of the file's first gzip member alone (raw deflate after its header), or null when it cannot be read.
    private static long? FirstMemberLength(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            if (!SkipHeader(file)) return null;
            using var deflate = new DeflateStream(file, CompressionMode.Decompress);
            var buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = deflate.Read(buffer)) > 0) total += n;
            return total;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // RFC 1952's member header: magic, method, flags, time, extra flags, OS, then the optional fields the flags name.
    private static bool SkipHeader(Stream s)
    {
        Span<byte> fixedPart = stackalloc byte[10];
        if (s.ReadAtLeast(fixedPart, 10, throwOnEndOfStream: false) < 10 || fixedPart[0] != 0x1F || fixedPart[1] != 0x8B || fixedPart[2] != 8) return false;
        byte flags = fixedPart[3];
        if ((flags & 4) != 0)
        {
            Span<byte> length = stackalloc byte[2];
            if (s.ReadAtLeast(length, 2, throwOnEndOfStream: false) < 2) return false;
            s.Seek(BinaryPrimitives.ReadUInt16LittleEndian(length), SeekOrigin.Current);
        }

        if ((flags & 8) != 0 && !SkipZeroTerminated(s)) return false;
        if ((flags & 16) != 0 && !SkipZeroTerminated(s)) return false;
        if ((flags & 2) != 0) s.Seek(2, SeekOrigin.Current);
        return true;
    }

    private static bool SkipZeroTerminated(Stream s)
    {
        int b;
        while ((b = s.ReadByte()) > 0)
        {
        }

        return b == 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>A pass-through that keeps the last eight bytes read: the trailer, once the source is exhausted.</summary>
    private sealed class TailStream(Stream inner) : ReadOnlyStream
    {
        private readonly byte[] _tail = new byte[TrailerSize];
        private int _kept;

        public ReadOnlySpan<byte> Tail => _tail.AsSpan(0, _kept);

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer);
            Keep(buffer[..n]);
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }

        private void Keep(ReadOnlySpan<byte> read)
        {
            if (read.Length >= TrailerSize)
            {
                read[^TrailerSize..].CopyTo(_tail);
                _kept = TrailerSize;
                return;
            }

            // Shift the kept bytes left to make room for the new ones at the end.
            int keepOld = Math.Min(_kept, TrailerSize - read.Length);
            _tail.AsSpan(_kept - keepOld, keepOld).CopyTo(_tail);
            read.CopyTo(_tail.AsSpan(keepOld));
            _kept = keepOld + read.Length;
        }
    }
}
