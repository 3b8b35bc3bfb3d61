using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Tests.Robustness;

/// <summary>A stage that throws loses its document only, and the error names the stage and the exception type (issue 20).</summary>
public class StageFailureTests
{
    private const string Text = "Apple said on Monday it would hire 500 people.";

    private sealed class FailingStage : IProcess
    {
        public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
        {
            if (document.Text.Contains("boom", StringComparison.Ordinal)) throw new InvalidOperationException("boom inside");
        }
    }

    private static FactExtractor WithFailingStage() => new(new IProcess[] { new Tokenizer(), new SentenceSplitter(), new FailingStage() });

    [Fact]
    public void ExtractReturnsTheStagesErrorInsteadOfThrowing()
    {
        var result = WithFailingStage().Extract("Text with boom in it.");

        Assert.False(result.Succeeded);
        Assert.Equal("stage FailingStage failed: InvalidOperationException: boom inside", result.Error);
        Assert.Equal("Text with boom in it.", result.Text);
        Assert.Empty(result.Entities);
        Assert.Empty(result.Dates);
        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void ASuccessfulResultHasNoError()
    {
        var result = FactExtractor.CreateDefault().Extract(Text);

        Assert.True(result.Succeeded);
        Assert.Null(result.Error);
        Assert.NotEmpty(result.Dates);
    }

    [Fact]
    public async Task ABatchReportsTheStageFailureAndGoesOn()
    {
        var documents = new[] { new Document("a", Text), new Document("b", "boom"), new Document("c", Text) };
        var results = new List<BatchResult>();
        await foreach (var r in WithFailingStage().ExtractAllAsync(documents)) results.Add(r);

        Assert.Equal(new[] { "a", "b", "c" }, results.Select(r => r.Id));
        Assert.True(results[0].Succeeded);
        Assert.Equal("stage FailingStage failed: InvalidOperationException: boom inside", results[1].Error);
        Assert.True(results[2].Succeeded);
    }

    [Fact]
    public void CancellationIsStillThrown()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => FactExtractor.CreateDefault().Extract(new Document("a", Text), cts.Token));
    }
}
