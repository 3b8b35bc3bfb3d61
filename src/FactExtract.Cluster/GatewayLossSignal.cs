namespace FactExtract.Cluster;

/// <summary>
/// Trips when the client loses a gateway. A request already sent to a silo that died gets no
/// answer until its timeout; batches in flight at the moment of a loss are sent again at once
/// instead (results are keyed by id, so a batch answered twice is still written once).
/// </summary>
internal sealed class GatewayLossSignal : IDisposable
{
    private readonly Lock _gate = new();
    private CancellationTokenSource _current = new();
    private bool _disposed;

    /// <summary>Cancelled at the next gateway loss after it was taken.</summary>
    public CancellationToken Token
    {
        get
        {
            lock (_gate) return _current.Token;
        }
    }

    public void OnGatewayCountChanged(int now, int before)
    {
        if (now >= before) return;
        CancellationTokenSource lost;
        lock (_gate)
        {
            // The client may report gateways going away while it shuts down, after the run.
            if (_disposed) return;
            lost = _current;
            _current = new CancellationTokenSource();
        }

        lost.Cancel();
        lost.Dispose();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _current.Dispose();
        }
    }
}
