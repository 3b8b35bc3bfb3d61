using FactExtract.Input;

namespace FactExtract.Cluster;

/// <summary>Sends one batch once; <paramref name="attempt"/> counts from 0 so a retry can pick another grain (and so another gateway).</summary>
internal delegate Task<BatchOutcome> BatchSender(long batchNumber, int attempt, ClusterDocument[] batch, CancellationToken cancellationToken);

/// <summary>
/// The client side of a cluster run, free of Orleans so it can be tested alone: cuts the input
/// into batches, keeps at most <see cref="ClusterExtractionOptions.MaxBatchesInFlight"/> of them
/// between sending and writing, retries a batch that fails or times out, and delivers results in
/// input order, each document id at most once.
/// </summary>
internal sealed class BatchDispatcher(BatchSender send, ClusterExtractionOptions options, GatewayLossSignal? gatewayLoss = null)
{
    private readonly HashSet<string> _accepted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _perSilo = new(StringComparer.Ordinal);
    private long _documents;
    private long _written;
    private long _failed;
    private long _retries;

    public async Task<ClusterRunSummary> RunAsync(
        IEnumerable<InputItem> items,
        Func<string, ReadOnlyMemory<byte>, Task> onResult,
        Action<string, string> onError,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(onResult);
        ArgumentNullException.ThrowIfNull(onError);
        options.Validate();

        var window = new Queue<PendingBatch>();
        var entries = new List<Entry>(options.BatchSize);
        long batchNumber = 0;
        try
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _documents++;
                entries.Add(ToEntry(item));
                if (entries.Count < options.BatchSize) continue;
                while (window.Count >= options.MaxBatchesInFlight)
                    await DeliverAsync(window.Dequeue(), onResult, onError).ConfigureAwait(false);
                window.Enqueue(Start(batchNumber++, entries, cancellationToken));
                entries = new List<Entry>(options.BatchSize);
            }

            if (entries.Count > 0) window.Enqueue(Start(batchNumber, entries, cancellationToken));
            while (window.Count > 0)
                await DeliverAsync(window.Dequeue(), onResult, onError).ConfigureAwait(false);
        }
        finally
        {
            // On cancellation or a failing callback, let the batches still out finish quietly.
            foreach (var pending in window) _ = pending.Outcome.ContinueWith(static t => t.Exception, TaskScheduler.Default);
        }

        return new ClusterRunSummary(_documents, _written, _failed, Interlocked.Read(ref _retries), new Dictionary<string, long>(_perSilo));
    }

    /// <summary>Unreadable records and repeated ids are settled here, at their place in the input; the rest go out.</summary>
    private Entry ToEntry(InputItem item)
    {
        if (item.Document is null) return new Entry(item.Id, null, item.Error ?? "unreadable document");
        if (!_accepted.Add(item.Id)) return new Entry(item.Id, null, "duplicate document id; the first one is kept");
        return new Entry(item.Id, ClusterDocument.From(item.Document), null);
    }

    private PendingBatch Start(long batchNumber, List<Entry> entries, CancellationToken cancellationToken)
    {
        var documents = entries.Where(e => e.Document is not null).Select(e => e.Document!).ToArray();
        return new PendingBatch(entries, SendWithRetriesAsync(batchNumber, documents, cancellationToken));
    }

    private async Task<Attempts> SendWithRetriesAsync(long batchNumber, ClusterDocument[] documents, CancellationToken cancellationToken)
    {
        if (documents.Length == 0) return new Attempts(new BatchOutcome { Documents = Array.Empty<DocumentOutcome>(), Silo = "" }, null);
        string lastError = "";
        for (int attempt = 0; attempt < options.MaxAttempts; attempt++)
        {
            if (attempt > 0)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }

            var lost = gatewayLoss?.Token ?? CancellationToken.None;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lost);
            timeout.CancelAfter(options.BatchTimeout);
            try
            {
                var outcome = await send(batchNumber, attempt, documents, timeout.Token).WaitAsync(timeout.Token).ConfigureAwait(false);
                if (Covers(outcome, documents)) return new Attempts(outcome, null);
                lastError = "the silo's answer did not cover every document of the batch";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastError = lost.IsCancellationRequested ? "a gateway was lost while the batch was out" : $"no answer within {options.BatchTimeout.TotalSeconds:0.#} s";
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                lastError = $"{ex.GetType().Name}: {FirstLine(ex.Message)}";
            }

            options.OnRetry?.Invoke(batchNumber, attempt, lastError);
        }

        return new Attempts(null, $"cluster: batch failed {options.MaxAttempts} times; last: {lastError}");
    }

    private static string FirstLine(string message)
    {
        int nl = message.IndexOfAny(['\r', '\n']);
        return nl < 0 ? message : message[..nl];
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(2000, 100 * (1 << Math.Min(attempt, 5))));

    private static bool Covers(BatchOutcome? outcome, ClusterDocument[] documents)
    {
        if (outcome?.Documents is null) return false;
        var ids = new HashSet<string>(outcome.Documents.Where(d => d is not null && (d.JsonLine is not null || d.Error is not null)).Select(d => d.Id), StringComparer.Ordinal);
        return documents.All(d => ids.Contains(d.Id));
    }

    private async Task DeliverAsync(PendingBatch pending, Func<string, ReadOnlyMemory<byte>, Task> onResult, Action<string, string> onError)
    {
        var attempts = await pending.Outcome.ConfigureAwait(false);
        var byId = new Dictionary<string, DocumentOutcome>(StringComparer.Ordinal);
        if (attempts.Outcome is { } outcome)
        {
            // Keyed by id, first answer wins: a silo can never make a document appear twice.
            foreach (var d in outcome.Documents) byId.TryAdd(d.Id, d);
            int extracted = outcome.Documents.Count(d => d.JsonLine is not null);
            if (extracted > 0) _perSilo[outcome.Silo] = _perSilo.GetValueOrDefault(outcome.Silo) + extracted;
        }

        foreach (var entry in pending.Entries)
        {
            if (entry.Document is null)
            {
                _failed++;
                onError(entry.Id, entry.Error!);
            }
            else if (byId.TryGetValue(entry.Id, out var d) && d.JsonLine is { } line)
            {
                _written++;
                await onResult(entry.Id, line).ConfigureAwait(false);
            }
            else
            {
                _failed++;
                onError(entry.Id, d?.Error ?? attempts.Error ?? "no result");
            }
        }
    }

    private sealed record Entry(string Id, ClusterDocument? Document, string? Error);

    private sealed record Attempts(BatchOutcome? Outcome, string? Error);

    private sealed record PendingBatch(IReadOnlyList<Entry> Entries, Task<Attempts> Outcome);
}
