using System.Diagnostics;
using System.Text.Json;
using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Batch;

public class ResumeTests
{
    private static string[] Ids(string jsonl) =>
        File.ReadLines(jsonl).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();

    private static Task<int> Extract(string input, string output, bool resume, string format = "jsonl", StringWriter? stderr = null) =>
        ExtractCommand.RunAsync(
            new ExtractOptions { Paths = new[] { input }, Format = format, Output = output, Resume = resume, Parallel = 2, Progress = ProgressMode.None },
            null, new StringWriter(), stderr ?? new StringWriter(), CancellationToken.None);

    [Fact]
    public async Task KilledRunResumedWritesEveryDocumentExactlyOnce()
    {
        using var files = new BatchTestFiles();
        const int count = 4000;
        var input = files.Write("big.jsonl", BatchTestFiles.NewsLines(count, repeat: 8));
        var output = files.Path("out/result.jsonl");
        Directory.CreateDirectory(files.Path("out"));

        // Run the real CLI in a child process and kill it hard once it has committed some documents.
        var cli = Path.Combine(AppContext.BaseDirectory, "FactExtract.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { cli, "extract", input, "--out", output, "--parallel", "2", "--progress", "none" }) start.ArgumentList.Add(a);
        using (var child = Process.Start(start)!)
        {
            var journal = output + ".journal";
            var clock = Stopwatch.StartNew();
            while (!child.HasExited && (!File.Exists(journal) || new FileInfo(journal).Length < 200) && clock.Elapsed < TimeSpan.FromSeconds(60))
                Thread.Sleep(5);
            Assert.False(child.HasExited, "the run finished before it could be killed; make the input larger");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        Assert.False(File.Exists(output), "a killed run must not leave a final output");
        Assert.True(File.Exists(output + ".part"));
        int partial = File.ReadLines(output + ".part").Count();
        Assert.InRange(partial, 1, count - 1);

        var stderr = new StringWriter();
        int rc = await Extract(input, output, resume: true, stderr: stderr);

        Assert.Equal(0, rc);
        var ids = Ids(output);
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"d{i}"), ids);
        Assert.False(File.Exists(output + ".part"));
        Assert.False(File.Exists(output + ".journal"));
    }

    [Fact]
    public async Task CancelledCsvRunResumedWritesEveryRowExactlyOnce()
    {
        using var files = new BatchTestFiles();
        var input = files.Write("in.jsonl", BatchTestFiles.NewsLines(400));
        var reference = files.Path("ref");
        Assert.Equal(0, await Extract(input, reference, resume: false, format: "csv"));

        // Interrupt a second run after some output, as Ctrl+C does.
        var output = files.Path("csv");
        using var cts = new CancellationTokenSource();
        var stderr = new StringWriter();
        var options = new ExtractOptions { Paths = new[] { input }, Format = "csv", Output = output, Parallel = 2, Progress = ProgressMode.None };
        var run = ExtractCommand.RunAsync(options, null, new StringWriter(), stderr, cts.Token);
        var journal = Path.Combine(output, "journal.jsonl");
        while (!run.IsCompleted && (!File.Exists(journal) || new FileInfo(journal).Length == 0)) await Task.Delay(1);
        cts.Cancel();
        int rc = await run;
        Assert.True(rc is ExtractCommand.InterruptedExitCode or 0, $"exit {rc}");

        Assert.Equal(0, await Extract(input, output, resume: true, format: "csv"));
        foreach (var table in new[] { "entities.csv", "dates.csv", "quotes.csv" })
            Assert.Equal(File.ReadAllLines(Path.Combine(reference, table)), File.ReadAllLines(Path.Combine(output, table)));
        Assert.False(File.Exists(Path.Combine(output, "journal.jsonl")));
    }

    [Fact]
    public async Task ResumeAfterAFinishedRunOnlyAddsNewDocuments()
    {
        using var files = new BatchTestFiles();
        files.Write("in/a.jsonl", "{\"id\":\"a1\",\"text\":\"Ford rose.\"}\n{\"id\":\"a2\",\"text\":\"GM fell.\"}\n");
        var output = files.Path("out.jsonl");
        Assert.Equal(0, await Extract(files.Path("in"), output, resume: false));

        files.Write("in/b.jsonl", "{\"id\":\"b1\",\"text\":\"IBM grew.\"}\n");
        var stderr = new StringWriter();
        Assert.Equal(0, await ExtractCommand.RunAsync(
            new ExtractOptions { Paths = new[] { files.Path("in") }, Output = output, Resume = true, Progress = ProgressMode.Plain },
            null, new StringWriter(), stderr, CancellationToken.None));

        Assert.Equal(new[] { "a1", "a2", "b1" }, Ids(output));
        Assert.Contains("2 skipped as already done", stderr.ToString());
    }

    [Fact]
    public async Task WithoutResumeAnInterruptedRunsPartsAreDiscarded()
    {
        using var files = new BatchTestFiles();
        var input = files.Write("in.jsonl", "{\"id\":\"x\",\"text\":\"Ford rose.\"}\n");
        var output = files.Path("out.jsonl");
        File.WriteAllText(output + ".part", "{\"id\":\"stale\"}\n");
        File.WriteAllText(output + ".journal", "{\"ends\":[15],\"ids\":[\"stale\"]}\n");

        Assert.Equal(0, await Extract(input, output, resume: false));
        Assert.Equal(new[] { "x" }, Ids(output));
    }

    [Fact]
    public async Task DuplicateIdsInOneRunAreAllWritten()
    {
        using var files = new BatchTestFiles();
        var once = BatchTestFiles.NewsLines(600);
        var input = files.Write("twice.jsonl", once + once);
        var output = files.Path("out.jsonl");
        Assert.Equal(0, await Extract(input, output, resume: false));
        Assert.Equal(1200, Ids(output).Length);
    }
}
