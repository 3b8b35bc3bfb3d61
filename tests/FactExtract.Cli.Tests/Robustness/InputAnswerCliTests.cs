using System.Text;
using System.Text.Json;
using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Robustness;

/// <summary>Inputs that used to get a misleading answer (issue 20), as <c>extract</c> answers them.</summary>
public class InputAnswerCliTests
{
    private const string Text = "Apple said on Monday it would hire 500 people.";

    [Fact]
    public void Utf16FileIsExtractedByTheCli()
    {
        var dir = Directory.CreateTempSubdirectory("fx-utf16-");
        try
        {
            var input = Path.Combine(dir.FullName, "a.txt");
            File.WriteAllText(input, Text, Encoding.Unicode);
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            int rc = ExtractCommand.Run(new[] { input }, null, null, "2015-11-30", stdout, stderr);

            Assert.Equal(0, rc);
            Assert.Equal("", stderr.ToString());
            var dates = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("dates");
            Assert.Equal("Monday", dates[0].GetProperty("text").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheCliPrintsTheDateWarningAndStillSucceeds()
    {
        var dir = Directory.CreateTempSubdirectory("fx-date-");
        try
        {
            var input = Path.Combine(dir.FullName, "feed.jsonl");
            File.WriteAllText(input, $"{{\"id\":\"doc7\",\"text\":\"{Text}\",\"date\":\"last Tuesday\"}}\n");
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            int rc = ExtractCommand.Run(new[] { input }, null, null, null, stdout, stderr);

            Assert.Equal(0, rc);
            Assert.Contains("warning: doc7:", stderr.ToString());
            Assert.Contains("\"last Tuesday\"", stderr.ToString());
            // A .jsonl input prints JSON Lines whatever its number of records, as --format's help says.
            Assert.Equal("doc7", JsonDocument.Parse(stdout.ToString().Trim()).RootElement.GetProperty("id").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheFormatHelpSaysWhatAOneRecordJsonLinesInputPrints()
    {
        var format = ExtractCommand.Create().Options.Single(o => o.Name == "--format");

        Assert.Contains(".jsonl", format.Description);
        Assert.Contains("whatever their number of records", format.Description);
    }
}
