using System.Text;
using System.Text.Json;
using FactExtract.Cli.Commands;
using FactExtract.Input;

namespace FactExtract.Tests.Robustness;

/// <summary>Inputs that used to get a misleading answer (issue 20).</summary>
public class InputAnswerTests
{
    private const string Text = "Apple said on Monday it would hire 500 people.";

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void TextWithAByteOrderMarkIsDecoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Text)).ToArray();

        var item = DocumentReader.FromBytes("a", "a.txt", bytes);

        Assert.Null(item.Error);
        Assert.Equal(Text, item.Document!.Text);
    }

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
    public void Utf16WithoutAByteOrderMarkIsStillBinary()
    {
        var item = DocumentReader.FromBytes("a", "a.txt", Encoding.Unicode.GetBytes(Text));

        Assert.Contains("binary", item.Error);
    }

    [Theory]
    [InlineData("\"yesterday\"", "\"yesterday\"")]
    [InlineData("\"2016-13-45\"", "\"2016-13-45\"")]
    [InlineData("17", "17")]
    [InlineData("[\"2016-10-01\"]", "a JSON array")]
    public void AGarbageDateFieldIsWarnedAboutNamingTheDocument(string date, string shown)
    {
        var warnings = new List<string>();
        var options = InputOptions.Default with { Warning = warnings.Add };
        var line = Encoding.UTF8.GetBytes($"{{\"id\":\"doc7\",\"text\":\"{Text}\",\"date\":{date}}}");

        var item = JsonLinesDocuments.Parse("feed:1", "feed.jsonl:1", line, options);

        Assert.Null(item.Error);
        Assert.Null(item.Document!.ReferenceDate);
        var warning = Assert.Single(warnings);
        Assert.StartsWith("doc7: feed.jsonl:1: field \"date\" is not a date", warning);
        Assert.Contains(shown, warning);
    }

    [Theory]
    [InlineData(",\"date\":\"2016-10-01\"")]
    [InlineData(",\"date\":null")]
    [InlineData(",\"date\":\"\"")]
    [InlineData("")]
    public void AGoodOrMissingDateIsNotWarnedAbout(string dateField)
    {
        var warnings = new List<string>();
        var line = Encoding.UTF8.GetBytes($"{{\"id\":\"doc7\",\"text\":\"{Text}\"{dateField}}}");

        JsonLinesDocuments.Parse("feed:1", "feed.jsonl:1", line, InputOptions.Default with { Warning = warnings.Add });

        Assert.Empty(warnings);
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
