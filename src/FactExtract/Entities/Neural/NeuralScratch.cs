namespace FactExtract.Entities.Neural;

/// <summary>One thread's working memory for <see cref="NeuralNetwork"/>, grown to the longest sentence seen and reused.</summary>
internal sealed class NeuralScratch
{
    private float[] _buffer = [];

    /// <summary>Token projections this thread has computed (see <see cref="ProjectionCache"/>).</summary>
    public ProjectionCache Cache { get; } = new();

    /// <summary>At least <paramref name="length"/> floats; contents are whatever the last sentence left.</summary>
    public float[] Floats(int length)
    {
        if (_buffer.Length < length) _buffer = new float[Math.Max(length, _buffer.Length * 2)];
        return _buffer;
    }
}
