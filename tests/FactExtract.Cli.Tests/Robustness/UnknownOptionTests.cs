using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Robustness;

/// <summary>An unknown option is called one, not a missing file (issue 20).</summary>
public class UnknownOptionTests
{
    [Theory]
    [InlineData("--bogus")]
    [InlineData("--model")]
    [InlineData("-x")]
    public void AnUnknownOptionIsSaidToBeOne(string option)
    {
        var stderr = new StringWriter();

        int rc = ExtractCommand.Run(new[] { TestPaths.Seed, option }, null, null, null, new StringWriter(), stderr);

        Assert.Equal(2, rc);
        Assert.Contains($"{option}: unknown option", stderr.ToString());
    }

    [Fact]
    public void AMissingFileIsStillSaidToBeMissing()
    {
        var stderr = new StringWriter();

        int rc = ExtractCommand.Run(new[] { "no-such-file.txt" }, null, null, null, new StringWriter(), stderr);

        Assert.Equal(2, rc);
        Assert.Contains("no-such-file.txt: no such file or folder", stderr.ToString());
    }
}
