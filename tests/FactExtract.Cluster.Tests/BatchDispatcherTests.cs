using System.Collections.Concurrent;
using System.Text;
using FactExtract.Input;

namespace FactExtract.Cluster.Tests;

/// <summary>The client's ordering, retry and exactly-once rules, against a fake cluster that misbehaves on purpose.</summary>
public class BatchDispatcherTests
{
    private static readonly ClusterExtractionOptions Options = new() { BatchSize = 4, MaxBatchesInFlight = 3, BatchTimeout = TimeSpan.FromSeconds(1), MaxAttempts = 3 };

    private static BatchOutcome Answer(ClusterDocument[] batch, string silo) => new()
    {
        Documents = batch.Select(d => new DocumentOutcome { Id = d.Id, JsonLine = Encoding.UTF8.GetBytes(d.Id + "\n") }).ToArray(),
        Silo = silo,
    };

    private static async Task<(List<string> Lines, List<string> Errors, ClusterRunSummary Summary)> Run(BatchSender sender, IEnumerable<InputItem> items, ClusterExtractionOptions? options = null)
    {
        var lines = new List<string>();
        var errors = new List<string>();
        var summary = await new BatchDispatcher(sender, options ?? Options).RunAsync(
            items,
            (id, line) =>
            {
                lines.Add(Encoding.UTF8.GetString(line.Span).TrimEnd('\n'));
                return Task.CompletedTask;
            },
            (id, error) => errors.Add($"{id}: {error}"),
            CancellationToken.None);
        return (lines, errors, summary);
    }

    private static List<InputItem> Items(int count) =>
        Enumerable.Range(0, count).Select(i => new InputItem($"d{i:D2}", new Document($"d{i:D2}", $"text {i}"), null)).ToList();

    [Fact]
    public async Task LostSlowAndRepeatedAnswersStillGiveEveryDocumentOnceInInputOrder()
    {
        int concurrent = 0, maxConcurrent = 0;
        async Task<BatchOutcome> Sender(long batch, int attempt, ClusterDocument[] docs, CancellationToken ct)
        {
            int now = Interlocked.Increment(ref concurrent);
            InterlockedMax(ref maxConcurrent, now);
            try
            {
                switch (batch % 4)
                {
                    case 0 when attempt == 0: // a silo that dies: never answers
                        await Task.Delay(Timeout.Infinite, ct);
                        break;
                    case 1 when attempt == 0: // a refused call
                        throw new InvalidOperationException("silo unavailable");
                    case 2: // slow: finishes after later batches
                        await Task.Delay(50, ct);
                        break;
                    case 3: // answers twice for every document
                        var twice = Answer(docs, "b");
                        return twice with { Documents = twice.Documents.Concat(twice.Documents.Select(d => d with { JsonLine = Encoding.UTF8.GetBytes("dup\n") })).ToArray() };
                }

                return Answer(docs, attempt == 0 ? "a" : "b");
            }
            finally
            {
                Interlocked.Decrement(ref concurrent);
            }
        }

        var items = Items(30);
        var (lines, errors, summary) = await Run(Sender, items);

        Assert.Empty(errors);
        Assert.Equal(items.Select(i => i.Id), lines);
        Assert.Equal(30, summary.Written);
        Assert.True(summary.Retries >= 4, $"retries {summary.Retries}");
        Assert.True(maxConcurrent <= Options.MaxBatchesInFlight, $"{maxConcurrent} batches in flight");
    }

    [Fact]
    public async Task BatchThatKeepsFailingIsReportedDocumentByDocumentAndTheRestWritten()
    {
        var attempts = new ConcurrentDictionary<long, int>();
        Task<BatchOutcome> Sender(long batch, int attempt, ClusterDocument[] docs, CancellationToken ct)
        {
            attempts.AddOrUpdate(batch, 1, (_, n) => n + 1);
            return batch == 1 ? Task.FromException<BatchOutcome>(new TimeoutException("gone")) : Task.FromResult(Answer(docs, "a"));
        }

        var (lines, errors, summary) = await Run(Sender, Items(10));

        Assert.Equal(3, attempts[1]);
        Assert.Equal(["d04", "d05", "d06", "d07"], errors.Select(e => e[..3]));
        Assert.All(errors, e => Assert.Contains("batch failed 3 times; last: TimeoutException: gone", e));
        Assert.Equal(["d00", "d01", "d02", "d03", "d08", "d09"], lines);
        Assert.Equal(4, summary.Failed);
    }

    [Fact]
    public async Task RepeatedIdsAndUnreadableRecordsAreReportedAtTheirPlaceAndNeverSent()
    {
        var sent = new ConcurrentBag<string>();
        Task<BatchOutcome> Sender(long batch, int attempt, ClusterDocument[] docs, CancellationToken ct)
        {
            foreach (var d in docs) sent.Add(d.Id);
            return Task.FromResult(Answer(docs, "a"));
        }

        var items = Items(5);
        items.Insert(2, new InputItem("d00", new Document("d00", "again"), null));
        items.Insert(4, new InputItem("broken", null, "malformed JSON"));

        var (lines, reported, summary) = await Run(Sender, items);

        Assert.Equal(["d00", "d01", "d02", "d03", "d04"], lines);
        Assert.Equal(["d00: duplicate document id; the first one is kept", "broken: malformed JSON"], reported);
        Assert.Equal(5, sent.Count);
        Assert.Equal(7, summary.Documents);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
