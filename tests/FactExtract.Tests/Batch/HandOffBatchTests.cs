using FactExtract.Input;
using FactExtract.Output;
using FactExtract.Pipeline;

namespace FactExtract.Tests.Batch;

/// <summary>The CLI's batch path: results prepared on the workers and written, in order, by the worker that completes them.</summary>
public class HandOffBatchTests
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    private static IEnumerable<InputItem> Items(int count, Action? onRead = null)
    {
        for (int i = 0; i < count; i++)
        {
            onRead?.Invoke();
            var text = string.Concat(Enumerable.Repeat($"IBM said on Friday that {i} staff left. ", 1 + (i * 37 % 50)));
            yield return i % 17 == 5
                ? new InputItem($"n{i}", null, "unreadable record")
                : new InputItem($"n{i}", new Document($"n{i}", text), null);
        }
    }

    [Fact]
    public void OrderedRunWritesEveryResultOnceInInputOrderWithItsPreparedLine()
    {
        var consumer = new Recorder();
        Extractor.ExtractAll(Items(400), new BatchOptions { MaxDegreeOfParallelism = 3, ReadAheadPerWorker = 4 }, consumer, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 400).Select(i => $"n{i}"), consumer.Ids);
        Assert.Equal(Enumerable.Range(0, 400).Select(i => (long)i), consumer.Indexes);
        Assert.Contains(consumer.Failures, f => f == "n5: unreadable record");
        Assert.Equal(400 - (400 / 17) - 1, consumer.Lines.Count);

        // The line prepared on the worker is the one the JSON Lines writer gives for the same document.
        var again = Extractor.Extract(new Document("n1", string.Concat(Enumerable.Repeat("IBM said on Friday that 1 staff left. ", 38))));
        using var stream = new MemoryStream();
        JsonResultWriter.Lines(stream).Write(again);
        Assert.Equal(stream.ToArray(), consumer.Lines[1]);
    }

    [Fact]
    public void UnorderedRunWritesEveryResultOnce()
    {
        var consumer = new Recorder();
        Extractor.ExtractAll(Items(300), new BatchOptions { MaxDegreeOfParallelism = 2, PreserveOrder = false }, consumer, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"n{i}").Order(), consumer.Ids.Order());
    }

    [Fact]
    public void ReadingStaysWithinTheWindowOfTheOldestUnwrittenResult()
    {
        int read = 0;
        int worst = 0;
        var consumer = new Recorder(onWrite: written =>
        {
            worst = Math.Max(worst, Volatile.Read(ref read) - written);
            Thread.Sleep(1); // a slow output: the reader must wait for it, not fill memory
        });
        var options = new BatchOptions { MaxDegreeOfParallelism = 2, ReadAheadPerWorker = 3 };
        Extractor.ExtractAll(Items(150, () => Interlocked.Increment(ref read)), options, consumer, CancellationToken.None);

        Assert.Equal(150, consumer.Ids.Count);
        Assert.InRange(worst, 1, options.Window + 1);
    }

    [Fact]
    public void AnOutputErrorStopsTheBatchAndReachesTheCaller()
    {
        var consumer = new Recorder(onWrite: written =>
        {
            if (written == 20) throw new IOException("disk full");
        });
        var ex = Assert.Throws<IOException>(() =>
            Extractor.ExtractAll(Items(100_000), new BatchOptions { MaxDegreeOfParallelism = 2 }, consumer, CancellationToken.None));
        Assert.Equal("disk full", ex.Message);
        Assert.Equal(20, consumer.Ids.Count);
    }

    [Fact]
    public void CancellingStopsTheBatch()
    {
        using var cts = new CancellationTokenSource();
        var consumer = new Recorder(onWrite: written =>
        {
            if (written == 30) cts.Cancel();
        });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Extractor.ExtractAll(Items(100_000), new BatchOptions { MaxDegreeOfParallelism = 2 }, consumer, cts.Token));
        Assert.InRange(consumer.Ids.Count, 31, 31 + (2 * 64));
    }

    [Fact]
    public void AReadErrorStopsTheBatchAndReachesTheCaller()
    {
        static IEnumerable<InputItem> Broken()
        {
            foreach (var item in Items(10)) yield return item;
            throw new InvalidDataException("truncated input");
        }

        var consumer = new Recorder();
        var ex = Assert.Throws<InvalidDataException>(() =>
            Extractor.ExtractAll(Broken(), new BatchOptions { MaxDegreeOfParallelism = 2 }, consumer, CancellationToken.None));
        Assert.Equal("truncated input", ex.Message);
    }

    // Records what is written; Write is never called concurrently, which it checks.
    private sealed class Recorder(Action<int>? onWrite = null) : IBatchConsumer<PooledJsonLine>
    {
        private int _inWrite;

        public List<string> Ids { get; } = new();

        public List<long> Indexes { get; } = new();

        public List<string> Failures { get; } = new();

        public List<byte[]> Lines { get; } = new();

        public PooledJsonLine Prepare(BatchResult result) => result.Result is { } r ? PooledJsonLine.Encode(r) : default;

        public void Write(BatchResult result, PooledJsonLine prepared)
        {
            Assert.Equal(1, Interlocked.Increment(ref _inWrite));
            onWrite?.Invoke(Ids.Count);
            Ids.Add(result.Id);
            Indexes.Add(result.Index);
            if (result.Succeeded) Lines.Add(prepared.Span.ToArray());
            else Failures.Add($"{result.Id}: {result.Error}");
            prepared.Return();
            Interlocked.Decrement(ref _inWrite);
        }
    }
}
