namespace FactExtract.Input;

/// <summary>
/// How far the reader has got through its inputs, in bytes as stored on disk (compressed for <c>.gz</c>),
/// so a progress display can compare it with the total size of the input files. Thread-safe.
/// </summary>
internal sealed class ReadCounter
{
    private long _bytes;

    public long Bytes => Interlocked.Read(ref _bytes);

    public void Add(long count) => Interlocked.Add(ref _bytes, count);
}
