using FactExtract.Output;

namespace FactExtract.Tests.Batch;

/// <summary>
/// The extractor recycles its working documents and the stages' scratch lists between documents: nothing of one
/// document may leak into the next, whatever their order, and concurrent callers must not share one.
/// </summary>
public class DocumentReuseTests
{
    private static readonly DateOnly Reference = new(2015, 11, 30);

    private static Document[] Documents() => new[]
    {
        new Document("seed", TestPaths.SeedText) { ReferenceDate = Reference },
        new Document("short", "“We will appeal,” said Jo Li, a spokeswoman for Acme Corp. on Tuesday.") { ReferenceDate = Reference },
        new Document("empty-ish", "Nothing here.") { ReferenceDate = Reference },
        new Document("tail", TestPaths.SeedText[..(TestPaths.SeedText.Length / 3)]) { ReferenceDate = Reference },
    };

    [Fact]
    public void EachDocumentGetsTheResultOfAFreshExtractorWhateverCameBefore()
    {
        var expected = Documents().Select(d => JsonResultWriter.ToJson(FactExtractor.CreateDefault().Extract(d))).ToArray();
        var extractor = FactExtractor.CreateDefault();

        // Forwards, backwards and forwards again through one extractor: every working list is reused.
        var order = new[] { 0, 1, 2, 3, 3, 2, 1, 0, 0, 1, 2, 3 };
        foreach (int k in order)
            Assert.Equal(expected[k], JsonResultWriter.ToJson(extractor.Extract(Documents()[k])));
    }

    [Fact]
    public async Task ConcurrentWorkersGiveTheSingleThreadedResults()
    {
        var documents = Enumerable.Range(0, 40).Select(i => Documents()[i % 4] with { Id = "d" + i }).ToArray();
        var extractor = FactExtractor.CreateDefault();
        var expected = documents.Select(d => JsonResultWriter.ToJson(extractor.Extract(d))).ToArray();

        int k = 0;
        await foreach (var r in extractor.ExtractAllAsync(documents, new BatchOptions { MaxDegreeOfParallelism = 4 }))
        {
            Assert.True(r.Succeeded, r.Error);
            Assert.Equal(expected[k++], JsonResultWriter.ToJson(r.Result!));
        }

        Assert.Equal(documents.Length, k);
    }

    [Fact]
    public void AFailedDocumentDoesNotSpoilTheNext()
    {
        var extractor = FactExtractor.CreateDefault();
        var seed = Documents()[0];
        string expected = JsonResultWriter.ToJson(extractor.Extract(seed));

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => extractor.Extract(seed, cancelled.Token));

        Assert.Equal(expected, JsonResultWriter.ToJson(extractor.Extract(seed)));
    }
}
