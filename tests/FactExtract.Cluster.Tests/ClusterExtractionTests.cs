using System.Text;
using FactExtract.Input;

namespace FactExtract.Cluster.Tests;

public class ClusterExtractionTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    private static readonly ClusterExtractionOptions SmallBatches = new() { BatchSize = 5, MaxBatchesInFlight = 6, BatchTimeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task BatchSpreadOverBothSilosEqualsTheLocalRunByteForByte()
    {
        var items = TestDocuments.Generate(200);
        using var output = new MemoryStream();
        var errors = new List<string>();

        var summary = await ClusterExtraction.RunAsync(
            fixture.Cluster.Client,
            items,
            SmallBatches,
            (_, line) => output.WriteAsync(line).AsTask(),
            (id, error) => errors.Add($"{id}: {error}"));

        Assert.Empty(errors);
        Assert.Equal(200, summary.Written);
        Assert.Equal(2, summary.DocumentsPerSilo.Count);
        Assert.All(summary.DocumentsPerSilo.Values, n => Assert.True(n > 0));
        var local = TestDocuments.LocalJsonLines(items);
        Assert.Equal(Encoding.UTF8.GetString(local), Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(local, output.ToArray());
    }

    [Fact]
    public async Task FailingDocumentIsReportedAndTheOthersAreReturned()
    {
        var items = TestDocuments.Generate(12);
        // A document without text makes the library throw inside the grain; an unreadable record
        // never leaves the client. Both must be reported at their place, the rest written.
        items[4] = new InputItem("no-text", new Document("no-text", null!), null);
        items[7] = new InputItem("unreadable", null, "invalid UTF-8 at byte 3");
        var delivered = new List<string>();
        var errors = new List<(string Id, string Error)>();

        var summary = await ClusterExtraction.RunAsync(
            fixture.Cluster.Client,
            items,
            SmallBatches,
            (id, _) =>
            {
                delivered.Add(id);
                return Task.CompletedTask;
            },
            (id, error) => errors.Add((id, error)));

        Assert.Equal(2, summary.Failed);
        Assert.Equal(["no-text", "unreadable"], errors.Select(e => e.Id));
        Assert.StartsWith("ArgumentNullException", errors[0].Error);
        Assert.Equal("invalid UTF-8 at byte 3", errors[1].Error);
        Assert.Equal(items.Where(i => i.Id is not ("no-text" or "unreadable")).Select(i => i.Id), delivered);
    }

    [Fact]
    public async Task GrainAnswersEveryDocumentOfABatchByItsId()
    {
        var grain = fixture.Cluster.Client.GetGrain<IExtractionGrain>(0);
        var batch = TestDocuments.Generate(3).Select(i => ClusterDocument.From(i.Document!)).ToArray();

        var outcome = await grain.ExtractAsync(batch);

        Assert.Equal(batch.Select(d => d.Id), outcome.Documents.Select(d => d.Id));
        Assert.All(outcome.Documents, d => Assert.Null(d.Error));
        Assert.Equal(TestDocuments.LocalJsonLines(TestDocuments.Generate(3)), outcome.Documents.SelectMany(d => d.JsonLine!).ToArray());
        Assert.False(string.IsNullOrEmpty(outcome.Silo));
    }
}
