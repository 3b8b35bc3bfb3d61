using System.Text.Json;
using FactExtract.Cli.Commands;

namespace FactExtract.Tests.Cli;

public class ExtractCommandTests
{
    private static string SeedPath => TestPaths.Seed;

    [Fact]
    public void SeedPrintsOneJsonDocumentWithContractFields()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = ExtractCommand.Run(new[] { SeedPath }, null, null, null, stdout, stderr);

        Assert.Equal(0, rc);
        Assert.Equal("", stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        var root = json.RootElement;
        Assert.Equal("000_0247617bfd7dbdd2", root.GetProperty("id").GetString());
        foreach (var field in new[] { "source", "reference_date", "entities", "dates", "quotes" })
            Assert.True(root.TryGetProperty(field, out _), field);
    }

    [Fact]
    public void BadDocumentIsReportedAndTheOthersAreStillWritten()
    {
        var dir = Directory.CreateTempSubdirectory("fx-batch-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a_good.txt"), "Apple said on Monday it would hire 500 people.");
            File.WriteAllBytes(Path.Combine(dir.FullName, "b_invalid.txt"), new byte[] { 0x41, 0xFF, 0xFE, 0x42 });
            File.WriteAllBytes(Path.Combine(dir.FullName, "c_binary.txt"), new byte[] { 0x00, 0x01, 0x02 });
            File.WriteAllText(Path.Combine(dir.FullName, "d_empty.txt"), "");
            File.WriteAllText(Path.Combine(dir.FullName, "e.jsonl"), "{\"id\":\"j1\",\"text\":\"IBM grew.\"}\n{not json\n{\"id\":\"j3\",\"text\":\"Ford fell.\"}\n");

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int rc = ExtractCommand.Run(new[] { dir.FullName }, "jsonl", null, null, stdout, stderr);

            Assert.Equal(1, rc);
            var ids = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
            Assert.Equal(new[] { "a_good", "j1", "j3" }, ids);
            var errors = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(4, errors.Length);
            Assert.Contains(errors, e => e.Contains("d_empty") && e.Contains("empty"));
            Assert.Contains(errors, e => e.Contains("b_invalid") && e.Contains("UTF-8"));
            Assert.Contains(errors, e => e.Contains("c_binary") && e.Contains("binary"));
            Assert.Contains(errors, e => e.Contains("e:2") && e.Contains("JSON"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void MalformedReferenceDateIsBadUsage()
    {
        var stderr = new StringWriter();
        int rc = ExtractCommand.Run(new[] { SeedPath }, null, null, "30/11/2015", new StringWriter(), stderr);
        Assert.Equal(2, rc);
        Assert.Contains("YYYY-MM-DD", stderr.ToString());
    }
}
