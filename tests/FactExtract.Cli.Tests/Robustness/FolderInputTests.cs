using System.Diagnostics;
using System.Text.Json;
using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Robustness;

/// <summary>Folders: only regular files are read, and a folder reached again through a link is read once (issue 20).</summary>
public class FolderInputTests
{
    private const string Text = "Apple said on Monday it would hire 500 people.";

    [Fact]
    public void ASymlinkLoopIsFollowedOnceAndEveryDocumentComesOutOnce()
    {
        var dir = Directory.CreateTempSubdirectory("fx-loop-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), Text);
            File.WriteAllText(Path.Combine(dir.FullName, "sub", "b.txt"), Text);
            Directory.CreateSymbolicLink(Path.Combine(dir.FullName, "sub", "loop"), dir.FullName);
            Directory.CreateSymbolicLink(Path.Combine(dir.FullName, "again"), Path.Combine(dir.FullName, "sub"));
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            int rc = ExtractCommand.Run(new[] { dir.FullName }, "jsonl", null, null, stdout, stderr);

            Assert.Equal(0, rc);
            var ids = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
            // "again" links to "sub" and comes first in ordinal order, so it names sub's document.
            Assert.Equal(new[] { "a", "again/b" }, ids);
            Assert.Contains("read once", stderr.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [LinuxFact]
    public async Task AFifoOrDeviceInAFolderIsSkippedWithAWarning()
    {
        var dir = Directory.CreateTempSubdirectory("fx-fifo-");
        var fifo = Path.Combine(dir.FullName, "pipe.txt");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), Text);
            using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
            File.CreateSymbolicLink(Path.Combine(dir.FullName, "null.txt"), "/dev/null");
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var run = Task.Run(() => ExtractCommand.Run(new[] { dir.FullName }, "jsonl", null, null, stdout, stderr));
            if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) != run)
            {
                using (new FileStream(fifo, FileMode.Open, FileAccess.Write)) { } // let the blocked reader go
                Assert.Fail("the run waited on the FIFO");
            }

            Assert.Equal(0, await run);
            var ids = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
            Assert.Equal(new[] { "a" }, ids);
            var warnings = stderr.ToString();
            Assert.Contains("pipe.txt: skipped, not a regular file", warnings);
            Assert.Contains("null.txt: skipped, not a regular file", warnings);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
