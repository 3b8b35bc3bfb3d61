using System.Text.Json;

namespace FactExtract.Cli.Tests.Extract;

/// <summary><c>extract --attributions rules|accurate</c>.</summary>
public class AttributionOptionTests
{
    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = FactExtract.Cli.Commands.ExtractCommand.Create().Parse(args)
            .Invoke(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr });
        return (rc, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void BothAttributionModelsRunOnTheSeedAndTheAccurateOneFindsReportedSpeech()
    {
        foreach (var model in new[] { "rules", "accurate" })
        {
            var (code, stdout, stderr) = Run(TestPaths.Seed, "--ner", "fast", "--attributions", model);
            Assert.True(code == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            var attributions = json.RootElement.GetProperty("attributions").EnumerateArray().ToList();
            Assert.Contains(attributions, a => a.GetProperty("kind").GetString() == "indirect" && a.GetProperty("source").ValueKind == JsonValueKind.Object);
        }
    }

    [Fact]
    public void AnUnknownAttributionModelIsRefused()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(["extract", TestPaths.Seed, "--attributions", "magic"], stdout, stderr);
        Assert.Equal(2, code);
        Assert.Contains("magic", stderr.ToString());
        Assert.Equal("", stdout.ToString());
    }
}
