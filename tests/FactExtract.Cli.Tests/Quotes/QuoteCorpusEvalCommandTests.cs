using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Quotes;

/// <summary><c>eval --polnear</c> on a hand-written mini compartment.</summary>
public class QuoteCorpusEvalCommandTests
{
    private static string Folder => TestPaths.TestData(Path.Combine("quotes", "brat"));

    [Fact]
    public void EvalCommandPrintsTheFigures()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = EvalCommand.RunQuoteCorpus(Folder, json: false, stdout, stderr);
        Assert.Equal(0, rc);
        Assert.Contains("direct quotes", stdout.ToString());
        Assert.Contains("speaker accuracy 100.0 %", stdout.ToString());
    }

    [Fact]
    public void EvalCommandWritesJson()
    {
        var stdout = new StringWriter();
        int rc = EvalCommand.RunQuoteCorpus(Folder, json: true, stdout, new StringWriter());
        Assert.Equal(0, rc);
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        Assert.Equal(100, json.RootElement.GetProperty("f1").GetDouble());
    }

    [Fact]
    public void EvalCommandRejectsAFolderWithoutTheCompartmentLayout()
    {
        var empty = Directory.CreateTempSubdirectory("fx-polnear-");
        try
        {
            var stderr = new StringWriter();
            int rc = EvalCommand.RunQuoteCorpus(empty.FullName, json: false, new StringWriter(), stderr);
            Assert.Equal(2, rc);
            Assert.Contains("text/", stderr.ToString());
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }


    [Fact]
    public void EvalCommandPrintsAttributionFigures()
    {
        var stdout = new StringWriter();
        // The rules, whose output on this sample is known; the command's figures are what is tested.
        var rules = NerChoice.Default with { Attributions = AttributionModel.Rules };
        int rc = EvalCommand.RunQuoteCorpus(Folder, json: false, stdout, new StringWriter(), rules);
        Assert.Equal(0, rc);
        Assert.Contains("attributions: gold 3, predicted 3, matched 3", stdout.ToString());
        Assert.Contains("cue accuracy 100.0 %", stdout.ToString());

        stdout = new StringWriter();
        Assert.Equal(0, EvalCommand.RunQuoteCorpus(Folder, json: true, stdout, new StringWriter(), rules));
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        Assert.Equal(100, json.RootElement.GetProperty("attributions").GetProperty("source_f1").GetDouble());
    }
}
