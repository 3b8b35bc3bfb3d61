namespace FactExtract.Tests.Robustness;

/// <summary>Ordinary text that used to make the date grammar or resolver throw, losing the whole document (issue 20).</summary>
public class DateGrammarCrashTests
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    [Theory]
    [InlineData("Apple said on Monday Dec. next year it would leave.")]
    [InlineData("Monday0 March1/5/2020")]
    public void TextThatUsedToCrashTheDateStageIsExtracted(string text)
    {
        var result = Extractor.Extract(text, new DateOnly(2015, 11, 30));

        Assert.Null(result.Error);
        foreach (var d in result.Dates) Assert.Equal(d.Text, text[d.Start..d.End]);
    }

    [Theory]
    [InlineData("Apple said on Monday Dec. next year it would leave.")]
    [InlineData("Monday0 March1/5/2020")]
    public void TextThatUsedToCrashTheDateStageIsExtractedWithoutAReferenceDate(string text)
    {
        var result = Extractor.Extract(text);

        Assert.Null(result.Error);
    }
}
