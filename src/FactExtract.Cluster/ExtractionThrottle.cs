namespace FactExtract.Cluster;

/// <summary>
/// Caps how many batches one silo extracts at once (the silo's <c>--parallel</c>), so several
/// silos on one machine can stand in for several machines. One per silo, shared by its grains.
/// </summary>
internal sealed class ExtractionThrottle(int parallel) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, parallel));

    public Task WaitAsync() => _slots.WaitAsync();

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
