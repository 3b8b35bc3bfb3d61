using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Robustness;

/// <summary>Exit code 3 when the run itself fails, distinct from 1 for "some documents failed" (issue 20, contract).</summary>
public class RunFailureExitCodeTests
{
    private const string Text = "Apple said on Monday it would hire 500 people.";

    [Fact]
    public void AnOutputThatCannotBeOpenedIsExitCode3()
    {
        var dir = Directory.CreateTempSubdirectory("fx-exit-");
        try
        {
            var input = Path.Combine(dir.FullName, "a.txt");
            File.WriteAllText(input, Text);
            // A file where the output's folder should be: not writable whoever runs the test (root included).
            var output = Path.Combine(input, "out.jsonl");
            var stderr = new StringWriter();

            int rc = ExtractCommand.Run(new[] { input }, "jsonl", output, null, new StringWriter(), stderr);

            Assert.Equal(3, rc);
            Assert.Contains("out.jsonl", stderr.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AnInternalErrorOutsideAnyDocumentIsExitCode3()
    {
        var stderr = new StringWriter();
        var options = new ExtractOptions { Paths = new[] { "-" }, Format = "jsonl", Progress = ProgressMode.None };

        int rc = await ExtractCommand.RunAsync(options, new BrokenStream(), new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(3, rc);
        Assert.Contains("the run failed", stderr.ToString());
        Assert.Contains(nameof(NotSupportedException), stderr.ToString());
    }

    // Standard input that breaks in a way no reader expects.
    private sealed class BrokenStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("the input broke");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
