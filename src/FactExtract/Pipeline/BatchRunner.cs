using System.Runtime.CompilerServices;
using System.Threading.Channels;
using FactExtract.Input;

namespace FactExtract.Pipeline;

/// <summary>
/// The library's streaming batch (<see cref="FactExtractor.ExtractAllAsync(IEnumerable{Document}, BatchOptions?, CancellationToken)"/>):
/// the one batch engine, <see cref="HandOffBatchRunner{TPrepared}"/>, runs on its own threads and writes each result,
/// in order, into a bounded channel that the caller's <c>await foreach</c> reads. A full channel holds the engine's
/// writer back, so a slow caller bounds memory as the engine's window does.
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
        var results = Channel.CreateBounded<BatchResult>(new BoundedChannelOptions(options.Window) { SingleReader = true, SingleWriter = true });

        // An async source is read on the engine's reader thread, which may block: it is a thread of its own.
        var source = items ?? asyncItems!.ToBlockingEnumerable(token);
        var engine = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    HandOffBatchRunner<bool>.Run(extractor, source, options, new ChannelConsumer(results.Writer, token), token);
                }
                finally
                {
                    results.Writer.TryComplete();
                }
            },
            token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            await foreach (var result in results.Reader.ReadAllAsync(token).ConfigureAwait(false))
                yield return result;

            // The engine's own failure (the source threw, or it was cancelled) is rethrown as it was.
            await engine.ConfigureAwait(false);
        }
        finally
        {
            cts.Cancel();
            try
            {
                await engine.ConfigureAwait(false);
            }
            catch (Exception) when (token.IsCancellationRequested)
            {
                // Stopping early (the caller broke off or cancelled): the engine's cancellation is expected.
            }
        }
    }

    /// <summary>Hands the engine's ordered results to the channel; nothing to prepare on the workers.</summary>
    private sealed class ChannelConsumer(ChannelWriter<BatchResult> writer, CancellationToken token) : IBatchConsumer<bool>
    {
        public bool Prepare(BatchResult result) => true;

        public void Write(BatchResult result, bool prepared)
        {
            // The engine's writer is one of its own threads, so it may block here; the fast path does not wait at all.
            if (writer.TryWrite(result)) return;
            var wait = writer.WriteAsync(result, token).AsTask();
            ((IAsyncResult)wait).AsyncWaitHandle.WaitOne();
            wait.GetAwaiter().GetResult();
        }
    }
}
