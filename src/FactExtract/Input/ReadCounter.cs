namespace FactExtract.Input;

/// <summary>
/// How far the reader has got through its inputs, in bytes as stored on disk (compressed for <c>.gz</c>),
/// so a progress display can compare it with the total size of the input files. Thread-safe.
/// </summary>
public sealed class ReadCounter
{
    private long _bytes;

    /// <summary>The bytes read so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Counts bytes read (the reader calls this).</summary>
    /// <param name="count">How many.</param>
    public void Add(long count) => Interlocked.Add(ref _bytes, count);
}
