namespace FactExtract.Cli.Tests.Entities;

/// <summary><c>extract --ner-beam</c> out of range.</summary>
public class NerBeamOptionTests
{
    [Fact]
    public void TheCliRefusesABadBeamWithExitCode2()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = FactExtract.Cli.Commands.ExtractCommand.Create().Parse(new[] { TestPaths.Seed, "--ner-beam", "0" })
            .Invoke(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr });
        Assert.Equal(2, rc);
        Assert.Contains("--ner-beam", stderr.ToString());
        Assert.Equal("", stdout.ToString());
    }
}
