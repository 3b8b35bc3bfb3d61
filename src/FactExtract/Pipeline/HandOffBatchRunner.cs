using FactExtract.Input;

namespace FactExtract.Pipeline;

/// <summary>
/// Runs a batch without a consumer thread: one reader thread queues documents, N worker threads process them, and the
/// worker that completes the next result in order writes it (and any that were waiting behind it) straight to an
/// <see cref="IBatchConsumer{TPrepared}"/>. Compared with <see cref="BatchRunner"/> (whose results travel through a
/// channel to an async enumerator) there is no hand-off to a thread-pool thread per document, and the work of
/// serialising a result runs on the workers, in parallel; the ordered writer only copies prepared bytes.
/// </summary>
/// <remarks>
/// One lock guards the queue, the reorder ring and the counters; threads wait with <see cref="Monitor.Wait(object)"/>
/// (no spinning, which took CPU from the workers on this kind of small machine). Memory is bounded as in
/// <see cref="BatchRunner"/>: at most <see cref="BatchOptions.Window"/> documents are between reading and writing.
/// </remarks>
internal sealed class HandOffBatchRunner<TPrepared>
{
    // Documents read ahead into the queue per worker; the reader refills the queue when it is half empty.
    private const int QueuedPerWorker = 8;

    private readonly object _gate = new();
    private readonly FactExtractor _extractor;
    private readonly IBatchConsumer<TPrepared> _consumer;
    private readonly bool _ordered;
    private readonly int _queueLimit;
    private readonly int _window;
    private readonly Queue<(long Index, InputItem Item)> _queue = new();

    // Finished results waiting for their turn, at index % window; only in ordered mode.
    private readonly (BatchResult? Result, TPrepared Prepared)[] _ring;
    private readonly List<(BatchResult Result, TPrepared Prepared)> _unorderedReady = new();

    // What the worker holding the writer role writes next; only that worker touches it.
    private readonly List<(BatchResult Result, TPrepared Prepared)> _batch = new();
    private long _taken;   // results taken by the writer
    private long _written; // results written
    private bool _readerDone;
    private bool _writerActive;
    private bool _readerWaiting;
    private int _workersWaiting;
    private Exception? _failure;

    private HandOffBatchRunner(FactExtractor extractor, IBatchConsumer<TPrepared> consumer, BatchOptions options)
    {
        _extractor = extractor;
        _consumer = consumer;
        _ordered = options.PreserveOrder;
        _queueLimit = options.Workers * QueuedPerWorker;
        _window = options.Window;
        _ring = _ordered ? new (BatchResult?, TPrepared)[_window] : Array.Empty<(BatchResult?, TPrepared)>();
    }

    /// <summary>
    /// Processes every item and hands each result to <paramref name="consumer"/>; returns once all are written.
    /// Throws what the reader or the consumer threw, or <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public static void Run(FactExtractor extractor, IEnumerable<InputItem> items, BatchOptions options, IBatchConsumer<TPrepared> consumer, CancellationToken cancellationToken)
    {
        var runner = new HandOffBatchRunner<TPrepared>(extractor, consumer, options);
        using var wake = cancellationToken.Register(static r => ((HandOffBatchRunner<TPrepared>)r!).Fail(null), runner);
        var workers = new Thread[options.Workers];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(() => runner.Work(cancellationToken)) { IsBackground = true, Name = $"factextract worker {i + 1}" };
            workers[i].Start();
        }

        runner.Read(items, cancellationToken);
        foreach (var w in workers) w.Join();
        cancellationToken.ThrowIfCancellationRequested();
        if (runner._failure is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    private void Read(IEnumerable<InputItem> items, CancellationToken token)
    {
        try
        {
            long index = 0;
            foreach (var item in items)
            {
                lock (_gate)
                {
                    // Room in the queue, and (ordered) not more than a window ahead of the oldest unwritten result.
                    while (!Stopped(token) && (_queue.Count >= _queueLimit || (_ordered && index - _written >= _window)))
                    {
                        _readerWaiting = true;
                        Monitor.Wait(_gate);
                        _readerWaiting = false;
                    }

                    if (Stopped(token)) return;
                    _queue.Enqueue((index++, item));
                    if (_workersWaiting > 0) Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
        finally
        {
            lock (_gate)
            {
                _readerDone = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void Work(CancellationToken token)
    {
        try
        {
            while (true)
            {
                (long Index, InputItem Item) next;
                lock (_gate)
                {
                    while (!Stopped(token) && _queue.Count == 0 && !_readerDone)
                    {
                        _workersWaiting++;
                        Monitor.Wait(_gate);
                        _workersWaiting--;
                    }

                    if (Stopped(token) || _queue.Count == 0) return;
                    next = _queue.Dequeue();

                    // The reader is woken once the queue is half empty, not for every document taken: one wake-up
                    // (a futex call on each side) per few documents instead of one per document.
                    if (ReaderMayRefill) Monitor.PulseAll(_gate);
                }

                var result = Process(_extractor, next.Index, next.Item, token);
                var prepared = _consumer.Prepare(result);
                Deliver(result, prepared);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping: Run reports the cancellation.
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
    }

    // Puts a finished result in its place; whichever worker finds the writer role free writes every result that is
    // ready in order, outside the lock, so the other workers can take documents meanwhile.
    private void Deliver(BatchResult result, TPrepared prepared)
    {
        lock (_gate)
        {
            if (_ordered) _ring[(int)(result.Index % _window)] = (result, prepared);
            else _unorderedReady.Add((result, prepared));
            if (_writerActive) return;
            _writerActive = true;
        }

        var batch = _batch;
        batch.Clear();
        while (true)
        {
            lock (_gate)
            {
                // Counted as written only now, so the reader's window covers the results being written too.
                _written += batch.Count;
                if (batch.Count > 0 && ReaderMayRefill) Monitor.PulseAll(_gate); // it may be a window behind
                if (_failure is not null) return;
                TakeReady(batch);
                if (batch.Count == 0)
                {
                    _writerActive = false;
                    return;
                }

                _taken += batch.Count;
            }

            foreach (var (r, p) in batch) _consumer.Write(r, p);
        }
    }

    // Under the lock: the results that can be written now, in output order.
    private void TakeReady(List<(BatchResult, TPrepared)> batch)
    {
        batch.Clear();
        if (!_ordered)
        {
            batch.AddRange(_unorderedReady);
            _unorderedReady.Clear();
            return;
        }

        for (long i = _taken; ; i++)
        {
            ref var slot = ref _ring[(int)(i % _window)];
            if (slot.Result is null || slot.Result.Index != i) break;
            batch.Add((slot.Result, slot.Prepared));
            slot = default;
        }
    }

    // Under the lock: the reader waits and the queue is half empty.
    private bool ReaderMayRefill => _readerWaiting && _queue.Count <= _queueLimit / 2;

    private bool Stopped(CancellationToken token) => _failure is not null || token.IsCancellationRequested;

    private void Fail(Exception? ex)
    {
        lock (_gate)
        {
            if (ex is not null) _failure ??= ex;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>One document's result, or its failure (a read error passed through, or what processing threw).</summary>
    internal static BatchResult Process(FactExtractor extractor, long index, InputItem item, CancellationToken token)
    {
        if (item.Document is null) return new BatchResult(index, item.Id, null, item.Error ?? "unreadable document");
        try
        {
            var (result, tokens) = extractor.ExtractCounted(item.Document, token);
            return new BatchResult(index, item.Id, result, null) { TokenCount = tokens, CharCount = result.Text.Length };
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // One document's failure is reported with it; the batch goes on.
            return new BatchResult(index, item.Id, null, StageFailedException.Describe(ex));
        }
    }
}
