using System.IO.Compression;
using System.Text;
using FactExtract.Input;

namespace FactExtract.Tests.Batch;

public class DocumentReaderTests
{
    [Fact]
    public void JsonLinesWithConfiguredFieldNames()
    {
        using var files = new BatchTestFiles();
        var path = files.Write("feed.jsonl",
            "{\"guid\":\"x1\",\"body\":\"Apple rose.\",\"published\":\"2016-10-01T09:00:00Z\"}\r\n\n{\"guid\":7,\"body\":\"IBM fell.\"}\n");
        var options = InputOptions.Default with { IdField = "guid", TextField = "body", DateField = "published" };

        var items = DocumentReader.Read(new[] { path }, options).ToList();

        Assert.Equal(new[] { "x1", "7" }, items.Select(i => i.Id));
        Assert.Equal("Apple rose.", items[0].Document!.Text);
        Assert.Equal(new DateOnly(2016, 10, 1), items[0].Document!.ReferenceDate);
        Assert.Null(items[1].Document!.ReferenceDate);
        Assert.Equal($"{path}:3", items[1].Document!.Source);
    }

    [Fact]
    public void BadJsonLinesAreErrorsAndTheGoodOnesAroundThemAreRead()
    {
        using var files = new BatchTestFiles();
        var bytes = new List<byte>();
        void Line(string s) => bytes.AddRange(Encoding.UTF8.GetBytes(s + "\n"));
        Line("{\"id\":\"good1\",\"text\":\"Ford rose.\"}");
        Line("{\"id\":\"empty\",\"text\":\"  \"}");
        bytes.AddRange(new byte[] { 0x7B, 0x00, 0x01, 0x02, 0xFF, 0x0A }); // binary
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"utf\",\"text\":\"caf"));
        bytes.AddRange(new byte[] { 0xC3, 0x28 }); // invalid UTF-8
        Line("\"}");
        Line("{\"id\":\"broken\",\"text\":");
        Line("[1,2]");
        Line("{\"id\":\"notext\"}");
        Line("{\"id\":\"huge\",\"text\":\"" + new string('a', 5000) + "\"}");
        Line("{\"id\":\"good2\",\"text\":\"GM fell.\"}");
        var path = files.WriteBytes("mixed.jsonl", bytes.ToArray());

        var items = DocumentReader.Read(new[] { path }, InputOptions.Default with { MaxDocumentBytes = 1000 }).ToList();

        Assert.Equal(new[] { "good1", "good2" }, items.Where(i => i.Document is not null).Select(i => i.Id));
        var errors = items.Where(i => i.Document is null).Select(i => i.Error!).ToList();
        Assert.Equal(7, errors.Count);
        Assert.Contains(errors, e => e.Contains(":2:") && e.Contains("empty"));
        Assert.Contains(errors, e => e.Contains(":3:") && e.Contains("UTF-8"));
        Assert.Contains(errors, e => e.Contains(":4:") && e.Contains("UTF-8"));
        Assert.Contains(errors, e => e.Contains(":5:") && e.Contains("malformed JSON"));
        Assert.Contains(errors, e => e.Contains(":6:") && e.Contains("expected an object"));
        Assert.Contains(errors, e => e.Contains(":7:") && e.Contains("no string field"));
        Assert.Contains(errors, e => e.Contains(":8:") && e.Contains("too large"));
    }

    [Fact]
    public void CsvWithConfiguredColumnsQuotedNewlinesAndMalformedRecords()
    {
        using var files = new BatchTestFiles();
        var path = files.Write("export.csv",
            "article_id,headline,content,pub\n" +
            "a1,H1,\"Acme, Inc. said \"\"no\"\".\nSecond line.\",2019-05-06\n" +
            "a2,H2,\"bad \"quote\" here,2019\n" +
            "a3,H3,GM rose on Friday.,2019-05-07\n" +
            "a4,H4,too,many,fields,here\n" +
            "a5,H5,,2019-05-08\n");
        var options = InputOptions.Default with { IdField = "article_id", TextField = "content", DateField = "pub" };

        var items = DocumentReader.Read(new[] { path }, options).ToList();

        var good = items.Where(i => i.Document is not null).ToList();
        Assert.Equal(new[] { "a1", "a3" }, good.Select(i => i.Id));
        Assert.Equal("Acme, Inc. said \"no\".\nSecond line.", good[0].Document!.Text);
        Assert.Equal(new DateOnly(2019, 5, 6), good[0].Document!.ReferenceDate);
        var errors = items.Where(i => i.Document is null).Select(i => i.Error!).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("malformed CSV record"));
        Assert.Contains(errors, e => e.Contains("FieldCountMismatch"));
        Assert.Contains(errors, e => e.Contains("empty document"));
    }

    [Fact]
    public void CsvWithoutTheTextColumnIsOneClearError()
    {
        using var files = new BatchTestFiles();
        var path = files.Write("x.csv", "id,body\n1,hello\n");
        var item = Assert.Single(DocumentReader.Read(new[] { path }));
        Assert.Null(item.Document);
        Assert.Contains("no column \"text\"", item.Error);
    }

    [Fact]
    public void GzippedInputsOfEveryKindAreRead()
    {
        using var files = new BatchTestFiles();
        files.WriteGzip("in/a.txt.gz", "Apple said on Monday it would hire 500 people.");
        files.WriteGzip("in/b.jsonl.gz", "{\"id\":\"j1\",\"text\":\"IBM grew.\"}\n{\"id\":\"j2\",\"text\":\"Ford fell.\"}\n");
        files.WriteGzip("in/c.csv.gz", "id,text\nc1,GM rose.\n");
        files.WriteGzip("in/d.html.gz", "<html><body><article><p>Shell cut jobs.</p></article></body></html>");
        files.WriteBytes("in/e.txt.gz", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x01 }); // truncated gzip

        var items = DocumentReader.Read(new[] { files.Path("in") }).ToList();

        Assert.Equal(new[] { "a", "j1", "j2", "c1", "d" }, items.Where(i => i.Document is not null).Select(i => i.Id));
        Assert.Equal("Shell cut jobs.", items.Single(i => i.Id == "d").Document!.Text);
        var bad = Assert.Single(items, i => i.Document is null);
        Assert.Equal("e", bad.Id);
    }

    [Fact]
    public void StandardInputPlainGzippedOrAsJsonLines()
    {
        var plain = DocumentReader.Read(new[] { "-" }, InputOptions.Default, new MemoryStream(Encoding.UTF8.GetBytes("Ford rose."))).Single();
        Assert.Equal("Ford rose.", plain.Document!.Text);

        var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true)) z.Write("{\"id\":\"s1\",\"text\":\"GM fell.\"}\n"u8);
        gz.Position = 0;
        var lines = DocumentReader.Read(new[] { "-" }, InputOptions.Default with { Format = InputFormat.JsonLines }, gz).Single();
        Assert.Equal("s1", lines.Id);
        Assert.Equal("GM fell.", lines.Document!.Text);
    }

    [Fact]
    public void FilesInSubfoldersGetDistinctIds()
    {
        using var files = new BatchTestFiles();
        files.Write("in/x.txt", "One.");
        files.Write("in/sub/x.md", "Two.");
        files.Write("in/skip.pdf", "Not read.");
        var ids = DocumentReader.Read(new[] { files.Path("in") }).Select(i => i.Id).ToArray();
        Assert.Equal(new[] { "sub/x", "x" }, ids);
    }

    [Fact]
    public void OversizedTextFileIsAnErrorNotAnAllocation()
    {
        using var files = new BatchTestFiles();
        var path = files.Write("big.txt", new string('w', 10_000));
        var item = DocumentReader.Read(new[] { path }, InputOptions.Default with { MaxDocumentBytes = 4096 }).Single();
        Assert.Null(item.Document);
        Assert.Contains("too large", item.Error);
    }

    [Fact]
    public void HtmlPageGivesItsMainTextAndPublicationDate()
    {
        var item = DocumentReader.Read(new[] { TestPaths.TestData("batch/article.html") }).Single();

        var doc = item.Document!;
        Assert.Equal(new DateOnly(2019, 3, 14), doc.ReferenceDate);
        Assert.StartsWith("Acme Corp to cut 200 jobs\n\nBy Jane Writer\n\nAcme Corp said on Wednesday that it would cut 200 jobs at its plant in Springfield, blaming weak demand.", doc.Text);
        Assert.Contains("“This was a difficult decision,” said chief executive John Smith.", doc.Text);
        foreach (var junk in new[] { "tracking", "color", "Home", "subscribe", "Related", "©", "figcaption", "Springfield plant." })
            Assert.DoesNotContain(junk, doc.Text);
    }

    [Fact]
    public void HtmlDateFromJsonLdAndTitleWhenThePageHasNoHeadline()
    {
        var doc = DocumentReader.Read(new[] { TestPaths.TestData("batch/jsonld.html") }).Single().Document!;
        Assert.Equal(new DateOnly(2021, 7, 2), doc.ReferenceDate);
        Assert.Equal("Council approves budget\n\nThe city council approved the budget on Thursday.\n\nThe vote was 7 to 2.", doc.Text);
    }

    [Fact]
    public void JsonLinesAreStreamedNotLoadedWhole()
    {
        // A source far larger than any buffer the reader may hold: 50,000 lines (3 MB) generated on the fly.
        var source = new GeneratedLines(50_000);
        long count = 0;
        foreach (var item in DocumentReader.Read(new[] { "-" }, InputOptions.Default with { Format = InputFormat.JsonLines }, source))
        {
            Assert.NotNull(item.Document);
            count++;
            if (count == 1000) Assert.True(source.BytesServed < 1_000_000, $"read {source.BytesServed} bytes for 1000 records");
        }

        Assert.Equal(50_000, count);
    }

    private sealed class GeneratedLines(int lines) : Stream
    {
        private int _line;
        private byte[] _pending = Array.Empty<byte>();
        private int _offset;

        public long BytesServed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                if (_line == lines) return 0;
                _pending = Encoding.UTF8.GetBytes($"{{\"id\":\"g{_line}\",\"text\":\"Shell said on Monday it sold {_line} barrels.\"}}\n");
                _offset = 0;
                _line++;
            }

            int n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            BytesServed += n;
            return n;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
