using System.Text;
using System.Text.Json;
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
}
