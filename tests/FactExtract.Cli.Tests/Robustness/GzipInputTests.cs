using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Robustness;

/// <summary>A damaged or truncated .gz is reported as such, naming the file; never silent (issue 20).</summary>
public sealed class GzipInputTests : IDisposable
{
    private const string Line = "{\"id\":\"r\",\"text\":\"Apple said on Monday it would hire 500 people.\"}\n";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("fx-gz-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    // Distinct records, so the compressed data is long enough to cut anywhere.
    private static string Records(int n) => string.Concat(Enumerable.Range(0, n).Select(k => Line.Replace("\"r\"", $"\"r{k}\"").Replace("500", $"{k}")));

    private (int Rc, string[] Ids, string Errors) Extract(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = ExtractCommand.Run(new[] { path }, "jsonl", null, null, stdout, stderr);
        var ids = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
        return (rc, ids, stderr.ToString());
    }

    [Fact]
    public void ATruncatedTextGzIsReportedAsTruncated()
    {
        var gz = Gzip(string.Concat(Enumerable.Range(0, 300).Select(k => $"Apple said on Monday it would hire {k} people. ")));

        var (rc, ids, errors) = Extract("cut.txt.gz", gz[..(gz.Length / 2)]);

        Assert.Equal(1, rc);
        Assert.Empty(ids);
        Assert.Contains("cut.txt.gz", errors);
        Assert.Contains("truncated", errors);
    }

    [Fact]
    public void ATruncatedJsonLinesGzIsReportedAsTruncatedNotAsMalformedJson()
    {
        var gz = Gzip(Records(400));

        var (rc, _, errors) = Extract("cut.jsonl.gz", gz[..(gz.Length * 2 / 3)]);

        Assert.Equal(1, rc);
        Assert.Contains("cut.jsonl.gz", errors);
        Assert.Contains("truncated", errors);
        Assert.DoesNotContain("malformed JSON", errors);
    }

    [Fact]
    public void AGzWithoutItsTrailerIsReported()
    {
        var gz = Gzip(Records(20));

        var (rc, _, errors) = Extract("short.jsonl.gz", gz[..^8]);

        Assert.Equal(1, rc);
        Assert.Contains("short.jsonl.gz", errors);
        Assert.Contains("truncated", errors);
    }

    [Theory]
    [InlineData(7, 13)]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    public void GarbageDeflateDataIsReportedAsDamaged(int multiply, int add)
    {
        var gz = Gzip(Records(50));
        for (int k = 10; k < gz.Length - 8; k++) gz[k] = (byte)(gz[k] * multiply + add);

        var (rc, ids, errors) = Extract("bad.jsonl.gz", gz);

        Assert.Equal(1, rc);
        Assert.Empty(ids);
        Assert.Contains("bad.jsonl.gz", errors);
        Assert.Contains("damaged", errors);
    }

    [Fact]
    public void ConcatenatedGzipMembersAreStillReadWhole()
    {
        var gz = Gzip(Records(3)).Concat(Gzip(Line.Replace("\"r\"", "\"last\""))).ToArray();

        var (rc, ids, errors) = Extract("two.jsonl.gz", gz);

        Assert.Equal("", errors);
        Assert.Equal(0, rc);
        Assert.Equal(new[] { "r0", "r1", "r2", "last" }, ids);
    }

    [Fact]
    public void AGoodGzIsRead()
    {
        var (rc, ids, errors) = Extract("good.jsonl.gz", Gzip(Records(100)));

        Assert.Equal("", errors);
        Assert.Equal(0, rc);
        Assert.Equal(100, ids.Length);
    }
}
