using System.Text.Json;
using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Seed;

/// <summary><c>factextract eval --gold</c> through the CLI's entry point.</summary>
public class EvalGoldCommandTests
{
    private static (int Code, string Out, string Err) Run(string gold, string? prediction, bool json)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = EvalCommand.RunGold(gold, prediction, json, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void PipelineRunPrintsTablesAndTheMissListWithExitZero()
    {
        var (code, output, error) = Run(SeedGold.Path, null, json: false);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("prediction: pipeline on seeds/000_0247617bfd7dbdd2.txt", output);
        Assert.Contains("Entities (exact span and label)", output);
        Assert.Matches(@"\n  ORG\s+23\s", output);
        Assert.Contains("Dates", output);
        Assert.Contains("Quotations", output);
        Assert.Contains("Misses and false alarms (", output);
    }

    [Fact]
    public void GoldAsItsOwnPredictionScoresOneAndListsNothing()
    {
        var (code, output, _) = Run(SeedGold.Path, SeedGold.Path, json: false);

        Assert.Equal(0, code);
        Assert.Matches(@"\n  all\s+51\s+51\s+51\s+1\.000\s+1\.000\s+1\.000", output);
        Assert.Contains("speaker accuracy (overlap matches): 1.000 (6/6)", output);
        Assert.Contains("Misses and false alarms (0)", output);
    }

    [Fact]
    public void JsonFormatIsMachineReadable()
    {
        var (code, output, _) = Run(SeedGold.Path, SeedGold.Path, json: true);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(23, root.GetProperty("entities").GetProperty("labels").GetProperty("ORG").GetProperty("gold").GetInt32());
        Assert.Equal(1.0, root.GetProperty("dates").GetProperty("value_accuracy").GetProperty("accuracy").GetDouble());
        Assert.Equal(1.0, root.GetProperty("quotes").GetProperty("speaker_accuracy").GetProperty("accuracy").GetDouble());
        Assert.Equal(0, root.GetProperty("discrepancies").GetArrayLength());
    }

    [Fact]
    public void ExtractOutputIsAcceptedAsThePrediction()
    {
        var file = Path.GetTempFileName();
        try
        {
            var extractOut = new StringWriter();
            Assert.Equal(0, ExtractCommand.Run(new[] { TestPaths.Seed }, "json", null, null, extractOut, new StringWriter()));
            File.WriteAllText(file, extractOut.ToString());

            var (code, output, error) = Run(SeedGold.Path, file, json: true);

            Assert.Equal(0, code);
            Assert.Equal("", error);
            using var doc = JsonDocument.Parse(output);
            Assert.Equal(51 + 12 + 6, doc.RootElement.GetProperty("entities").GetProperty("all").GetProperty("gold").GetInt32()
                + doc.RootElement.GetProperty("dates").GetProperty("strict").GetProperty("gold").GetInt32()
                + doc.RootElement.GetProperty("quotes").GetProperty("exact").GetProperty("gold").GetInt32());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void UnreadableGoldIsBadUsageNamingTheFile()
    {
        var (code, output, error) = Run("no/such/gold.json", null, json: false);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("no/such/gold.json", error);
    }

    [Fact]
    public void PredictionWhoseSpansDoNotMatchTheTextIsBadUsage()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{"id":"000_0247617bfd7dbdd2","entities":[{"text":"Apple","label":"ORG","start":0,"end":5}],"dates":[],"quotes":[]}""");
            var (code, _, error) = Run(SeedGold.Path, file, json: false);

            Assert.Equal(2, code);
            Assert.Contains(file, error);
            Assert.Contains("'Apple'", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void MalformedGoldIsBadUsage()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{ not json");
            var (code, _, error) = Run(file, null, json: false);
            Assert.Equal(2, code);
            Assert.Contains("not valid JSON", error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
