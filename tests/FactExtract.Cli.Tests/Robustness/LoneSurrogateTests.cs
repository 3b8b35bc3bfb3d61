using System.Text.Json;
using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Robustness;

/// <summary>A lone surrogate escape in a JSON Lines field is that record's error; the batch goes on (issue 20).</summary>
public class LoneSurrogateTests
{
    [Theory]
    [InlineData("""{"id":"b","text":"x \udfff y"}""", "b", "\"text\"")]
    [InlineData("""{"id":"b","text":"Apple rose.","date":"\ud800"}""", "b", "\"date\"")]
    [InlineData("""{"id":"b\udfff","text":"Apple rose."}""", "s:2", "\"id\"")]
    public void TheRecordFailsAndTheOthersAreWritten(string badLine, string badId, string field)
    {
        var dir = Directory.CreateTempSubdirectory("fx-surrogate-");
        try
        {
            var input = Path.Combine(dir.FullName, "s.jsonl");
            File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"Apple said hi.\"}\n" + badLine + "\n{\"id\":\"c\",\"text\":\"IBM fell.\"}\n");
            var output = Path.Combine(dir.FullName, "out.jsonl");
            var stderr = new StringWriter();

            int rc = ExtractCommand.Run(new[] { input }, "jsonl", output, null, new StringWriter(), stderr);

            Assert.Equal(1, rc);
            var ids = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
            Assert.Equal(new[] { "a", "c" }, ids);
            var error = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(badId, error);
            Assert.Contains(field, error);
            Assert.Contains("surrogate", error);
            Assert.DoesNotContain(Directory.GetFiles(dir.FullName), f => f.EndsWith(".part", StringComparison.Ordinal) || f.EndsWith(".journal", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
