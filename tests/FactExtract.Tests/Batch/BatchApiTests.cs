using FactExtract.Output;

namespace FactExtract.Tests.Batch;

public class BatchApiTests
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    private static List<Document> Documents(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new Document($"n{i}", string.Concat(Enumerable.Repeat($"IBM said on Friday that {i} staff left. ", 1 + (i * 37 % 50)))))
            .ToList();

    [Fact]
    public async Task ResultsComeOutInInputOrderWithTwoWorkers()
    {
        var docs = Documents(500);
        var ids = new List<string>();
        await foreach (var r in Extractor.ExtractAllAsync(docs, new BatchOptions { MaxDegreeOfParallelism = 2, ReadAheadPerWorker = 4 }))
        {
            Assert.True(r.Succeeded, r.Error);
            Assert.Equal(ids.Count, r.Index);
            Assert.True(r.TokenCount > 0);
            ids.Add(r.Id);
        }

        Assert.Equal(docs.Select(d => d.Id), ids);
    }

    [Fact]
    public async Task UnorderedRunStillYieldsEveryDocumentOnce()
    {
        var docs = Documents(300);
        var ids = new List<string>();
        await foreach (var r in Extractor.ExtractAllAsync(ToAsync(docs), new BatchOptions { MaxDegreeOfParallelism = 2, PreserveOrder = false }))
            ids.Add(r.Id);
        Assert.Equal(docs.Select(d => d.Id).Order(), ids.Order());
    }

    [Fact]
    public async Task BatchResultsMatchSingleExtract()
    {
        var seed = new Document("seed", TestPaths.SeedText) { ReferenceDate = new DateOnly(2015, 11, 30), Source = "seed.txt" };
        var single = JsonResultWriter.ToJson(Extractor.Extract(seed));
        await foreach (var r in Extractor.ExtractAllAsync(new[] { seed, seed with { Id = "seed2" } }))
        {
            Assert.True(r.Succeeded);
            Assert.Equal(single.Replace("\"seed2\"", "\"seed\""), JsonResultWriter.ToJson(r.Result!).Replace("\"seed2\"", "\"seed\""));
        }
    }

    [Fact]
    public async Task FailingDocumentIsReportedAndTheOthersGoOn()
    {
        var docs = new[] { new Document("ok1", "Ford rose."), new Document("broken", null!), new Document("ok2", "GM fell.") };
        var results = new List<BatchResult>();
        await foreach (var r in Extractor.ExtractAllAsync(docs, new BatchOptions { MaxDegreeOfParallelism = 2 }))
            results.Add(r);

        Assert.Equal(new[] { "ok1", "broken", "ok2" }, results.Select(r => r.Id));
        Assert.True(results[0].Succeeded && results[2].Succeeded);
        Assert.False(results[1].Succeeded);
        Assert.Contains("ArgumentNullException", results[1].Error);
    }

    [Fact]
    public async Task CancellationStopsTheBatch()
    {
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var r in Extractor.ExtractAllAsync(Endless(), new BatchOptions { MaxDegreeOfParallelism = 2 }, cts.Token))
                if (++seen == 50) cts.Cancel();
        });
        Assert.InRange(seen, 50, 50 + 2 * 64 + 4);
    }

    [Fact]
    public async Task BreakingOffEarlyStopsTheWorkers()
    {
        int seen = 0;
        await foreach (var r in Extractor.ExtractAllAsync(Endless(), new BatchOptions { MaxDegreeOfParallelism = 2 }))
            if (++seen == 20) break;
        Assert.Equal(20, seen);
    }

    private static IEnumerable<Document> Endless()
    {
        for (long i = 0; ; i++) yield return new Document($"e{i}", "Apple said on Monday it would hire people.");
    }

    private static async IAsyncEnumerable<Document> ToAsync(IEnumerable<Document> docs)
    {
        foreach (var d in docs)
        {
            await Task.Yield();
            yield return d;
        }
    }
}
