using System.Runtime.CompilerServices;
using System.Threading.Channels;
using FactExtract.Input;

namespace FactExtract.Pipeline;

/// <summary>
/// Runs a batch as a bounded streaming pipeline: one reader feeds a bounded channel, N workers on their own
/// threads process documents from it, and the caller receives results through a second bounded channel.
/// In ordered mode the reader puts each document's slot into the output channel first, so the output is in
/// input order and the window of slots bounds how far reading may run ahead of the slowest document.
/// </summary>
internal static class BatchRunner
{
    public static async IAsyncEnumerable<BatchResult> RunAsync(
        FactExtractor extractor,
        IEnumerable<InputItem>? items,
        IAsyncEnumerable<InputItem>? asyncItems,
        BatchOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = cts.Token;
        bool ordered = options.PreserveOrder;
        var work = Channel.CreateBounded<Slot>(new BoundedChannelOptions(options.Workers * 2) { SingleWriter = true });
        var output = Channel.CreateBounded<Slot>(new BoundedChannelOptions(options.Window) { SingleReader = true, SingleWriter = ordered });
        var outputForWorkers = ordered ? null : output.Writer;
        var outputForReader = ordered ? output.Writer : null;

        Task producer = items is not null
            ? Task.Factory.StartNew(() => ProduceBlocking(items, work.Writer, outputForReader, token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : ProduceAsync(asyncItems!, work.Writer, outputForReader, token);
        var workers = new Task[options.Workers];
        for (int i = 0; i < workers.Length; i++)
            workers[i] = Task.Factory.StartNew(() => Work(extractor, work.Reader, outputForWorkers, token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!ordered)
            _ = Task.WhenAll(workers).ContinueWith(t => output.Writer.TryComplete(t.Exception?.GetBaseException()), TaskScheduler.Default);

        try
        {
            await foreach (var slot in output.Reader.ReadAllAsync(token).ConfigureAwait(false))
                yield return await slot.Done.Task.WaitAsync(token).ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
        finally
        {
            cts.Cancel();
            try
            {
                await Task.WhenAll(workers.Append(producer)).ConfigureAwait(false);
            }
            catch (Exception) when (token.IsCancellationRequested)
            {
                // Stopping early (the caller broke off or cancelled): the workers' cancellation is expected.
            }
        }
    }

    private sealed class Slot(long index, InputItem item)
    {
        public long Index { get; } = index;

        public InputItem Item { get; } = item;

        public TaskCompletionSource<BatchResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static void ProduceBlocking(IEnumerable<InputItem> items, ChannelWriter<Slot> work, ChannelWriter<Slot>? output, CancellationToken token)
    {
        Exception? failure = null;
        try
        {
            long index = 0;
            foreach (var item in items)
            {
                var slot = new Slot(index++, item);
                if (output is not null) WriteBlocking(output, slot, token);
                WriteBlocking(work, slot, token);
            }
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            work.TryComplete(failure);
            output?.TryComplete(failure);
        }
    }

    private static async Task ProduceAsync(IAsyncEnumerable<InputItem> items, ChannelWriter<Slot> work, ChannelWriter<Slot>? output, CancellationToken token)
    {
        Exception? failure = null;
        try
        {
            long index = 0;
            await foreach (var item in items.WithCancellation(token).ConfigureAwait(false))
            {
                var slot = new Slot(index++, item);
                if (output is not null) await output.WriteAsync(slot, token).ConfigureAwait(false);
                await work.WriteAsync(slot, token).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            work.TryComplete(failure);
            output?.TryComplete(failure);
        }
    }

    private static void Work(FactExtractor extractor, ChannelReader<Slot> work, ChannelWriter<Slot>? output, CancellationToken token)
    {
        while (TryReadBlocking(work, out var slot, token))
        {
            try
            {
                slot.Done.SetResult(Process(extractor, slot.Index, slot.Item, token));
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                slot.Done.TrySetCanceled(token);
                throw;
            }
            catch (Exception ex)
            {
                slot.Done.TrySetException(ex);
                throw;
            }

            if (output is not null) WriteBlocking(output, slot, token);
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

    // Workers and the file reader run on their own threads (CPU-bound or blocking I/O), so they wait synchronously
    // instead of tying up thread-pool threads; the fast path does not wait at all.
    private static void WriteBlocking<T>(ChannelWriter<T> writer, T item, CancellationToken token)
    {
        if (!writer.TryWrite(item)) Wait(writer.WriteAsync(item, token).AsTask());
    }

    private static bool TryReadBlocking<T>(ChannelReader<T> reader, out T item, CancellationToken token)
    {
        while (!reader.TryRead(out item!))
        {
            var wait = reader.WaitToReadAsync(token);
            bool more = wait.IsCompletedSuccessfully ? wait.Result : Wait(wait.AsTask());
            if (!more) return false;
        }

        return true;
    }

    // Blocks on the task's wait handle. Task.Wait spins first, and the reader, always a step ahead of the workers,
    // waits once per document: its spinning took a core's worth of CPU from the workers (measured with dotnet-trace).
    private static TResult Wait<TResult>(Task<TResult> task)
    {
        Wait((Task)task);
        return task.GetAwaiter().GetResult();
    }

    private static void Wait(Task task)
    {
        if (!task.IsCompleted) ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        task.GetAwaiter().GetResult();
    }
}
