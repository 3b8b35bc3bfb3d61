using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Dates;

/// <summary><c>eval --timeml</c> on a hand-written document.</summary>
public class TimeMlEvalCommandTests
{
    private static string Sample => TestPaths.TestData(Path.Combine("dates", "sample.tml"));

    [Fact]
    public void EvalCommandPrintsScoresAndJson()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, EvalCommand.RunTimeMl(Sample, json: false, stdout, stderr));
        Assert.Contains("100.0", stdout.ToString(), StringComparison.Ordinal);
        stdout = new StringWriter();
        Assert.Equal(0, EvalCommand.RunTimeMl(Sample, json: true, stdout, stderr));
        Assert.Contains("\"value_accuracy\": 100", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EvalCommandRejectsAMissingPath()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, EvalCommand.RunTimeMl(Path.Combine(Path.GetTempPath(), "no-such-timeml-folder"), json: false, new StringWriter(), stderr));
        Assert.Contains("no such file", stderr.ToString(), StringComparison.Ordinal);
    }
}
