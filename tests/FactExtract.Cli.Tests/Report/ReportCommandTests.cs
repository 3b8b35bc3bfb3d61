using System.Text.Json;
using FactExtract.Cli;
using FactExtract.Corpus;

namespace FactExtract.Cli.Tests.Report;

public class ReportCommandTests
{
    private static string HandWritten => TestPaths.TestData(Path.Combine("report-facts", "hand-written.jsonl"));

    [Fact]
    public void JsonFormatWritesTheSummary()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var rc = CliApp.Run(new[] { "report", HandWritten, "--format", "json", "--top", "2" }, stdout, stderr);

        Assert.Equal(0, rc);
        var summary = CorpusSummaryJson.Read(stdout.ToString());
        Assert.Equal(5, summary.Documents);
        Assert.Equal(new[] { "Acme Corp", "Globex" }, summary.Organisations.Select(o => o.Name));
        // The undated and the older results are named on standard error, file and line.
        Assert.Contains("hand-written.jsonl:4: no reference date", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("hand-written.jsonl:5: no 'reference_date'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedLinesAndBadErrorsFilesAreWarnedAboutNotFatal()
    {
        var dir = Directory.CreateTempSubdirectory("fx-report-");
        try
        {
            var lines = File.ReadAllLines(HandWritten);
            var facts = Path.Combine(dir.FullName, "facts.jsonl");
            // A killed run: a line cut mid-way, then a last line with no newline.
            File.WriteAllText(facts, lines[0] + "\n" + lines[1][..40] + "\n\n" + lines[2] + "\r\n" + lines[3][..25]);
            var errors = Path.Combine(dir.FullName, "facts.errors.jsonl");
            File.WriteAllText(errors, "{\"id\":\"x1\",\"error\":\"stage Tokenizer failed: Boom\"}\n{\"id\":\"x2\",\"err");
            var output = Path.Combine(dir.FullName, "report.html");
            var stderr = new StringWriter();

            var rc = CliApp.Run(new[] { "report", facts, "--errors", errors, "--out", output }, new StringWriter(), stderr);

            Assert.Equal(0, rc);
            var err = stderr.ToString();
            Assert.Contains("facts.jsonl:2: not valid JSON", err, StringComparison.Ordinal);
            Assert.Contains("facts.jsonl:5: not valid JSON", err, StringComparison.Ordinal);
            Assert.Contains("facts.errors.jsonl:2: not valid JSON", err, StringComparison.Ordinal);
            Assert.Contains("report: 2 documents, 1 failed, 2 lines skipped", err, StringComparison.Ordinal);
            var html = File.ReadAllText(output);
            Assert.Contains("stage Tokenizer failed: Boom", html, StringComparison.Ordinal);
            Assert.Null(HtmlStructure.NestingProblem(html));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void DocumentsFolderGetsEachResultsOwnPageAndTheRowsLinkToIt()
    {
        var dir = Directory.CreateTempSubdirectory("fx-report-");
        try
        {
            var facts = Path.Combine(dir.FullName, "facts.jsonl");
            var stdout = new StringWriter();
            Assert.Equal(0, CliApp.Run(new[] { "extract", TestPaths.Seed, "--format", "jsonl" }, stdout, new StringWriter()));
            File.WriteAllText(facts, stdout.ToString());
            var output = Path.Combine(dir.FullName, "report.html");
            var pages = Path.Combine(dir.FullName, "pages");

            var rc = CliApp.Run(new[] { "report", facts, "--out", output, "--documents", pages }, new StringWriter(), new StringWriter());

            Assert.Equal(0, rc);
            Assert.True(File.Exists(Path.Combine(pages, "000_0247617bfd7dbdd2.html")));
            Assert.Contains("href=\"pages/000_0247617bfd7dbdd2.html\"", File.ReadAllText(output), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void MissingInputIsBadUsage()
    {
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.BadUsage, CliApp.Run(new[] { "report", "/no/such/facts.jsonl" }, new StringWriter(), stderr));
        Assert.Contains("no such file", stderr.ToString(), StringComparison.Ordinal);
    }
}
