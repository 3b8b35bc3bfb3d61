using FactExtract.Evaluation;

namespace FactExtract.Tests.Quotes;

/// <summary>The brat reader, the gold direct-quote units and the scorer, on a hand-written mini compartment.</summary>
public class QuoteCorpusEvaluationTests
{
    private static string Folder => TestPaths.TestData(Path.Combine("quotes", "brat"));

    [Fact]
    public void ReaderTakesTheAlphabeticallyFirstAnnotator()
    {
        var article = Assert.Single(QuoteCorpusReader.ReadFolder(Folder));
        Assert.Equal("mayor_cuts", article.Name);
        Assert.Equal("b2", article.Annotator);
        Assert.Equal(3, article.Attributions.Count);
    }

    [Fact]
    public void ArchiveIsReadInPlaceLikeTheFolder()
    {
        // The hand-written compartment packed as train.tar.gz is: compartment/text/*.txt, compartment/attributions/*.ann.
        var archive = Path.Combine(Path.GetTempPath(), $"factextract-quotes-{Guid.NewGuid():N}.tar.gz");
        try
        {
            using (var file = File.Create(archive))
            using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            using (var tar = new System.Formats.Tar.TarWriter(gzip))
            {
                foreach (var path in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
                    tar.WriteEntry(path, "compartment/" + Path.GetRelativePath(Folder, path).Replace('\\', '/'));
                // An article with no attribution at all: its .ann is empty (an entry with no data stream).
                tar.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, "compartment/text/quiet.txt")
                {
                    DataStream = new MemoryStream("Nothing was said.\n"u8.ToArray()),
                });
                tar.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, "compartment/attributions/quiet_a1.ann"));
            }

            var articles = QuoteCorpusReader.Read(archive);
            Assert.Equal(2, articles.Count);
            Assert.Empty(articles.Single(a => a.Name == "quiet").Attributions);
            var packed = articles.Single(a => a.Name != "quiet");
            var folder = Assert.Single(QuoteCorpusReader.Read(Folder));
            Assert.Equal(folder.Name, packed.Name);
            Assert.Equal(folder.Annotator, packed.Annotator);
            Assert.Equal(folder.Text, packed.Text);
            Assert.Equal(folder.Attributions.SelectMany(a => a.Content), packed.Attributions.SelectMany(a => a.Content));
        }
        finally
        {
            File.Delete(archive);
        }
    }

    [Fact]
    public void ReaderSkipsContinuationLinesAndKeepsDiscontinuousSpans()
    {
        var lines = new[]
        {
            "T1\tContent 0 4;6 10\tabcd",
            "continued covered text",
            "T2\tSource 11 14\tabc",
            "E1\tAttribution:T3 Source:T2 Content:T1",
        };
        var a = Assert.Single(QuoteCorpusReader.Parse(lines, new string('x', 20)));
        Assert.Equal(2, a.Content.Count);
        Assert.Equal(new TextRange(6, 10), a.Content[1]);
        Assert.NotNull(a.Source);
    }

    [Fact]
    public void ReaderConvertsCodePointOffsetsToUtf16()
    {
        const string text = "😀 “Hi,” Ann said.";
        var a = Assert.Single(QuoteCorpusReader.Parse(new[] { "T1\tContent 2 7\tx", "E1\tAttribution-no-source:T2 Content:T1" }, text));
        Assert.Equal(3, a.Content[0].Start);
        Assert.Equal("“Hi,”", text[a.Content[0].Start..a.Content[0].End]);
        Assert.Null(a.Source);
    }

    [Fact]
    public void GoldUnitsSeparateDirectFromMixedAndMergeParagraphs()
    {
        var article = QuoteCorpusReader.ReadFolder(Folder)[0];
        var (direct, mixed) = QuoteCorpusGold.Units(article);
        Assert.Equal(2, direct.Count);
        Assert.Single(mixed);
        var multi = direct[1];
        Assert.StartsWith("“This is about", article.Text[multi.Start..multi.End]);
        Assert.EndsWith("future,”", article.Text[multi.Start..multi.End]);
    }

    [Theory]
    [InlineData("He calls people “losers” and “sad.” every day.", "“losers” and “sad.”", false)]
    [InlineData("PolitiFact claimed “Trump exaggerates” the rate and called it “Mostly False.“ on Monday.", "“Trump exaggerates” the rate and called it “Mostly False.“", false)]
    [InlineData("“We will win,” Ann said.", "“We will win,”", true)]
    [InlineData("“I said “no” twice,” Ann said.", "“I said “no” twice,”", true)]
    [InlineData("” … what I learned is that words matter,” he said.", "” … what I learned is that words matter,”", true)]
    public void ContentIsDirectOnlyWhenNoWordStandsOutsideItsMarks(string text, string content, bool direct)
    {
        int start = text.IndexOf(content, StringComparison.Ordinal);
        var attribution = new QuoteCorpusAttribution(new[] { new TextRange(start, start + content.Length) }, Array.Empty<TextRange>(), null);
        var (units, mixed) = QuoteCorpusGold.Units(new QuoteCorpusArticle("a", "x", text, new[] { attribution }));
        Assert.Equal(direct ? 1 : 0, units.Count);
        Assert.Equal(direct ? 0 : 1, mixed.Count);
    }

    [Fact]
    public void ScorerCountsMatchesMixedAndSpeakers()
    {
        var articles = QuoteCorpusReader.ReadFolder(Folder);
        var extractor = FactExtractor.CreateDefault();
        var report = QuoteCorpusScorer.Score(articles, a => extractor.Extract(new Document(a.Name, a.Text)).Quotes);
        Assert.Equal(2, report.Gold);
        Assert.Equal(2, report.Matched);
        Assert.Equal(0, report.FalsePositives);
        Assert.Equal(1, report.IgnoredInMixed);
        Assert.Equal(2, report.ExactMatches);
        Assert.Equal(100, report.SpeakerAccuracy);
    }

    [Fact]
    public void ScorerCountsAFalsePositiveAndAMiss()
    {
        var article = QuoteCorpusReader.ReadFolder(Folder)[0];
        var wrong = new[] { new Quotation("x", 120, 131, null, null, null, null) };
        var report = QuoteCorpusScorer.Score(new[] { article }, _ => wrong);
        Assert.Equal(1, report.FalsePositives);
        Assert.Equal(0, report.Matched);
        Assert.Equal(0, report.Recall);
    }
}
