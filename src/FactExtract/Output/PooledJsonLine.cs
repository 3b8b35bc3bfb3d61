using System.Buffers;
using System.Text.Json;

namespace FactExtract.Output;

/// <summary>
/// A result serialised as one line of JSON Lines (newline included), byte for byte as <see cref="JsonLinesWriter"/>
/// writes it, in a buffer rented from the shared array pool. Lets a batch worker do the serialising, so the ordered
/// writer only copies bytes; whoever writes the line gives the buffer back with <see cref="Return"/>.
/// </summary>
public readonly struct PooledJsonLine
{
    private readonly byte[]? _buffer;
    private readonly int _length;

    private PooledJsonLine(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The line's bytes, valid until <see cref="Return"/>.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    /// <summary>Serialises a result on the calling thread.</summary>
    /// <param name="result">The document's result.</param>
    /// <returns>The line; give it back with <see cref="Return"/> once written.</returns>
    public static PooledJsonLine Encode(ExtractionResult result)
    {
        var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, JsonResultWriter.Compact)) JsonResultWriter.Write(writer, result);
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return new PooledJsonLine(buffer.Buffer, buffer.Length);
    }

    /// <summary>Gives the buffer back to the pool; the line must not be used afterwards.</summary>
    public void Return()
    {
        if (_buffer is not null) ArrayPool<byte>.Shared.Return(_buffer);
    }

    // Grows by renting a larger array and returning the old one; the last array goes out with the line.
    private sealed class PooledBufferWriter : IBufferWriter<byte>
    {
        // Most news results fit (about 11 KB on average for PolNeAR articles).
        private const int InitialSize = 16 * 1024;

        public byte[] Buffer { get; private set; } = ArrayPool<byte>.Shared.Rent(InitialSize);

        public int Length { get; private set; }

        public void Advance(int count) => Length += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return Buffer.AsMemory(Length);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return Buffer.AsSpan(Length);
        }

        private void Ensure(int sizeHint)
        {
            int needed = Length + Math.Max(sizeHint, 1);
            if (needed <= Buffer.Length) return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Buffer.Length * 2));
            Buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(Buffer);
            Buffer = larger;
        }
    }
}
