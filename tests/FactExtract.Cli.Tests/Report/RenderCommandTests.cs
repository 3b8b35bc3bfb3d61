using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Report;

/// <summary><c>render</c>: the one-article HTML report written by the tool.</summary>
public class RenderCommandTests
{
    private readonly ExtractionResult _gold = SeedGold.Load();

    [Fact]
    public void RenderCommandWritesTheSeedReport()
    {
        var file = Path.Combine(Path.GetTempPath(), $"fx-report-{Guid.NewGuid():N}.html");
        try
        {
            var stderr = new StringWriter();
            int code = RenderCommand.Run(TestPaths.Seed, SeedGold.Path, file, new StringWriter(), stderr);

            Assert.Equal(0, code);
            Assert.Equal("", stderr.ToString());
            var html = File.ReadAllText(file);
            Assert.Contains("id=\"legend\"", html);
            Assert.Contains("id=\"scores\"", html);
            Assert.DoesNotContain("http://", html);
            Assert.DoesNotContain("https://", html);
            Assert.DoesNotContain("<script", html);
            Assert.Null(HtmlStructure.NestingProblem(html));
            Assert.Equal(TestPaths.SeedText, HtmlStructure.ArticleText(html));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void RenderCommandRendersAGoldFileAndRejectsMissingInput()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, RenderCommand.Run(SeedGold.Path, null, null, stdout, new StringWriter()));
        Assert.Contains($"data-start=\"{_gold.Quotes[0].Start}\"", stdout.ToString());

        var stderr = new StringWriter();
        Assert.Equal(2, RenderCommand.Run("no/such/article.txt", null, null, new StringWriter(), stderr));
        Assert.Contains("no/such/article.txt", stderr.ToString());
    }
}
