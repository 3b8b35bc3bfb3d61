using System.Text.Json;
using System.Text;
using FactExtract.Cli.Commands;
using FactExtract.Cli.Output;
using FactExtract.Output;

namespace FactExtract.Cli.Tests.Extract;

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

    [Fact]
    public async Task BatchWithBadRecordsWritesTheGoodOnesAndListsEveryBadOneInErrorsJsonl()
    {
        using var files = new BatchTestFiles();
        var lines = new List<byte>();
        void Add(string s) => lines.AddRange(Encoding.UTF8.GetBytes(s));
        Add("{\"id\":\"g1\",\"text\":\"Apple said on Monday it would hire 500 people.\"}\n");
        Add("{\"id\":\"empty\",\"text\":\"\"}\n");
        lines.AddRange(new byte[] { 0x00, 0x9F, 0x92, 0x00, 0x0A });
        Add("{\"id\":\"badutf8\",\"text\":\"x");
        lines.AddRange(new byte[] { 0xE2, 0x28, 0xA1 });
        Add("\"}\n");
        Add("{\"id\":\"g2\",\"text\":\"IBM grew.\"}\n");
        Add("{\"id\":\"malformed\",\"text\":\"no end\n");
        Add("{\"id\":\"g3\",\"text\":\"Ford fell.\"}\n");
        files.WriteBytes("in/feed.jsonl", lines.ToArray());
        files.Write("in/z_empty.txt", "");
        files.WriteBytes("in/z_binary.txt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01 });
        var output = files.Path("out/result.jsonl");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int rc = await ExtractCommand.RunAsync(
            new ExtractOptions { Paths = new[] { files.Path("in") }, Output = output, Parallel = 2, Progress = ProgressMode.Plain },
            null, stdout, stderr, CancellationToken.None);

        Assert.Equal(1, rc);
        Assert.Equal("", stdout.ToString());
        var written = File.ReadLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.Equal(new[] { "g1", "g2", "g3" }, written);
        var errors = File.ReadLines(files.Path("out/result.errors.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new[] { "empty", "feed:3", "feed:4", "feed:6", "z_binary", "z_empty" }, errors.Select(e => e.GetProperty("id").GetString()).ToArray());
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("error").GetString())));
        var stderrLines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, stderrLines.Count(l => l.StartsWith("error: ", StringComparison.Ordinal)));
        Assert.Contains(stderrLines, l => l.StartsWith("done: 9 documents, 6 failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParallelOutputKeepsInputOrderOnStandardOutput()
    {
        using var files = new BatchTestFiles();
        var input = files.Write("in.jsonl", BatchTestFiles.NewsLines(300, repeat: 5));
        var stdout = new StringWriter();
        int rc = await ExtractCommand.RunAsync(
            new ExtractOptions { Paths = new[] { input }, Parallel = 2, Progress = ProgressMode.Plain },
            null, stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, rc);
        var ids = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"d{i}"), ids);
    }

    [Fact]
    public async Task CsvAndGzipInputsWithConfiguredColumnsAndCsvOutput()
    {
        using var files = new BatchTestFiles();
        files.WriteGzip("in/export.csv.gz", "uid,body,day\nu1,\"Acme said on Monday it would hire 500 people.\",2015-11-30\nu2,GM fell.,\n");
        var outDir = files.Path("tables");
        var options = new ExtractOptions
        {
            Paths = new[] { files.Path("in") },
            Format = "csv",
            Output = outDir,
            Progress = ProgressMode.None,
            Input = Input.InputOptions.Default with { IdField = "uid", TextField = "body", DateField = "day" },
        };

        int rc = await ExtractCommand.RunAsync(options, null, new StringWriter(), new StringWriter(), CancellationToken.None);

        Assert.Equal(0, rc);
        Assert.Equal("doc_id,text,label,start,end,canonical", File.ReadLines(Path.Combine(outDir, "entities.csv")).First());
        Assert.True(File.Exists(Path.Combine(outDir, "dates.csv")) && File.Exists(Path.Combine(outDir, "quotes.csv")));
        Assert.Equal("", File.ReadAllText(Path.Combine(outDir, "errors.jsonl")));
        Assert.Empty(Directory.GetFiles(outDir, "*.part"));
    }

    [Fact]
    public void CsvOutputNeutralisesFormulaCells()
    {
        using var files = new BatchTestFiles();
        var result = new ExtractionResult
        {
            Id = "=HYPERLINK(\"x\")",
            Text = "@SUM(A1) rose.",
            Entities = new[] { new EntityMention("@SUM(A1)", "ORG", 0, 8, "+cmd") },
            Dates = Array.Empty<DateMention>(),
            Quotes = Array.Empty<Quotation>(),
        };
        using (var output = ResumableOutput.Open(
            CsvResultWriter.FileNames.Select(files.Path).ToArray(), files.Path("journal.jsonl"), resume: false, (_, _) => Array.Empty<string>()))
        {
            using (var writer = new CsvResultWriter(output.Streams, output.IsEmpty)) writer.Write(result);
            output.Complete();
        }

        // Every text cell that a spreadsheet would run as a formula starts with ' (CsvHelper's Injection = Escape).
        var row = File.ReadAllLines(files.Path("entities.csv"))[1];
        Assert.StartsWith("\"'=HYPERLINK(", row);
        Assert.Contains("\"'@SUM(A1)\"", row);
        Assert.EndsWith("\"'+cmd\"", row);
    }

    [Fact]
    public async Task StandardInputTextPrintsOneJsonDocumentAndHtmlGetsItsDate()
    {
        var stdout = new StringWriter();
        var stdin = new MemoryStream(File.ReadAllBytes(TestPaths.TestData("batch/article.html")));
        int rc = await ExtractCommand.RunAsync(
            new ExtractOptions { Paths = new[] { "-" }, Progress = ProgressMode.None, Input = Input.InputOptions.Default with { Format = Input.InputFormat.Html } },
            stdin, stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, rc);
        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal("stdin", root.GetProperty("id").GetString());
        Assert.Equal("2019-03-14", root.GetProperty("reference_date").GetString());
    }
}
