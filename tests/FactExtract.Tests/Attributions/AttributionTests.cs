using CsvHelper;
using FactExtract.Evaluation;
using FactExtract.Output;

namespace FactExtract.Tests.Attributions;

/// <summary>The attribution stage's rules on a hand-written article, its CSV table, and its PolNeAR scoring.</summary>
public class AttributionTests
{
    // An invented article: a reported statement, a direct quotation, a mixed one, "according to", an inversion and an
    // unattributed quotation.
    private const string Article =
        "Harbor Council Delays Ferry Vote.\n\n" +
        "The Harbor City council said on Tuesday that it would delay the vote on the new ferry contract until March.\n\n" +
        "“We need more time to read the bids,” council president Maria Lopez said.\n\n" +
        "Lopez added that the city would “never sign a contract it cannot afford.”\n\n" +
        "According to the port authority, the old ferries will keep running through the winter.\n\n" +
        "The bids are higher than expected, she told reporters.\n\n" +
        "“Nobody wants another summer of breakdowns. The boats are forty years old.”\n";

    // The rules (AttributionModel.Rules), whose constructions these tests name; the tagger has AttributionTaggerTests.
    private static readonly Lazy<ExtractionResult> Result = new(() =>
        FactExtractor.Create(new ExtractorOptions { Attributions = AttributionModel.Rules }).Extract(new Document("harbor", Article)));

    private static string Folder => TestPaths.TestData(Path.Combine("quotes", "brat"));

    private static AttributionMention At(string contentStart) =>
        Assert.Single(Result.Value.Attributions, a => a.Text.StartsWith(contentStart, StringComparison.Ordinal));

    private static void AssertSpan(AttributionSpan? span, string text)
    {
        Assert.NotNull(span);
        Assert.Equal(text, span.Text);
        Assert.Equal(text, Article[span.Start..span.End]);
    }

    [Fact]
    public void IndirectStatementHasItsCueSourceAndContent()
    {
        var a = At("that it would delay");
        Assert.Equal(AttributionKind.Indirect, a.Kind);
        Assert.Equal("that it would delay the vote on the new ferry contract until March", a.Text);
        Assert.Equal(a.Text, Article[a.Start..a.End]);
        AssertSpan(a.Cue, "said");
        AssertSpan(a.Source, "The Harbor City council");
    }

    [Fact]
    public void DirectAttributionsAreTheQuotations()
    {
        var direct = Result.Value.Attributions.Where(a => a.Kind == AttributionKind.Direct).ToList();
        var quotes = Result.Value.Quotes.Where(q => !Result.Value.Attributions.Any(a => a.Kind == AttributionKind.Mixed && a.Start <= q.Start && q.End <= a.End)).ToList();
        Assert.Equal(
            quotes.Select(q => (q.Start, q.End, q.Speaker, q.SpeakerStart)),
            direct.SelectMany(a => a.Parts.Select(p => (p.Start, p.End, a.Speaker, a.Source?.Start))));
        Assert.All(direct, a => Assert.Equal((a.Start, a.End), (a.Parts[0].Start, a.Parts[^1].End)));
        var first = At("“We need");
        AssertSpan(first.Source, "Maria Lopez");
        AssertSpan(first.Cue, "said");
        Assert.Equal("Maria Lopez", first.Speaker);
    }

    [Fact]
    public void AQuotationSplitByItsAttributionIsOneAttributionOfTwoPieces()
    {
        const string article =
            "Mayor Backs Bridge Plan.\n\n" +
            "“The bridge is safe,” said Tom Reyes, the city engineer. “We checked every bolt last spring.”\n\n" +
            "“It will reopen in May,” Reyes said.\n\n" +
            "“Nobody was hurt.” The council met on Monday. “The repairs cost less than planned.”\n";
        var result = FactExtractor.CreateDefault().Extract(new Document("bridge", article));
        Assert.Equal(5, result.Quotes.Count);

        var split = Assert.Single(result.Attributions, a => a.Text.StartsWith("“The bridge", StringComparison.Ordinal));
        Assert.Equal(AttributionKind.Direct, split.Kind);
        Assert.Equal(new[] { "“The bridge is safe,”", "“We checked every bolt last spring.”" }, split.Parts.Select(p => p.Text));
        Assert.All(split.Parts, p => Assert.Contains(result.Quotes, q => (q.Start, q.End) == (p.Start, p.End) && q.Speaker == split.Speaker));
        Assert.Equal(article[split.Start..split.End], split.Text);
        Assert.Equal("Tom Reyes", split.Source?.Text);
        Assert.Equal("said", split.Cue?.Text);

        // A quotation of its own stays one piece, and two quotations with no source between them stay apart.
        var own = Assert.Single(result.Attributions, a => a.Text.StartsWith("“It will", StringComparison.Ordinal));
        Assert.Equal("“It will reopen in May,”", Assert.Single(own.Parts).Text);
        Assert.Contains(result.Attributions, a => a.Text == "“Nobody was hurt.”");
        Assert.Contains(result.Attributions, a => a.Text == "“The repairs cost less than planned.”");
    }

    [Fact]
    public void PartlyQuotedContentIsMixedAndTakesItsQuotationIn()
    {
        var a = At("that the city would");
        Assert.Equal(AttributionKind.Mixed, a.Kind);
        Assert.EndsWith("afford.”", a.Text);
        AssertSpan(a.Cue, "added");
        AssertSpan(a.Source, "Lopez");
        Assert.Equal("Maria Lopez", a.Speaker);
        Assert.DoesNotContain(Result.Value.Attributions, d => d.Kind == AttributionKind.Direct && d.Start > a.Start && d.End <= a.End);
    }

    [Fact]
    public void AccordingToAndInversionAreFound()
    {
        var according = At("the old ferries");
        Assert.Equal("the old ferries will keep running through the winter", according.Text);
        AssertSpan(according.Cue, "According to");
        AssertSpan(according.Source, "the port authority");

        var inverted = At("The bids are higher");
        Assert.Equal("The bids are higher than expected", inverted.Text);
        AssertSpan(inverted.Cue, "told");
        AssertSpan(inverted.Source, "she");
        Assert.Equal("Maria Lopez", inverted.Speaker);
    }

    [Fact]
    public void QuotationWithoutAttributionHasNoSource()
    {
        var a = At("“Nobody wants");
        Assert.Equal(AttributionKind.Direct, a.Kind);
        Assert.Null(a.Source);
        Assert.Null(a.Cue);
        Assert.Null(a.Speaker);
    }

    [Fact]
    public void HeadlineAndPlainSentencesAreNoAttributions()
    {
        Assert.DoesNotContain(Result.Value.Attributions, a => a.Start < Article.IndexOf('\n', StringComparison.Ordinal));
        Assert.Equal(6, Result.Value.Attributions.Count);
        Assert.Equal(Result.Value.Attributions.OrderBy(a => a.Start), Result.Value.Attributions);
    }

    [Fact]
    public void StatementsGroupEveryAttributionBySpeaker()
    {
        var lopez = Assert.Single(Result.Value.Facts.Statements, s => s.Speaker == "Maria Lopez");
        Assert.Equal(3, lopez.Attributions.Count);
        Assert.Contains(Result.Value.Facts.Statements, s => s.Speaker is null);
    }

    [Fact]
    public void CsvTableRoundTrips()
    {
        var dir = Directory.CreateTempSubdirectory("fx-attributions-");
        try
        {
            using (var writer = new CsvResultWriter(dir.FullName)) writer.Write(Result.Value);
            var path = Path.Combine(dir.FullName, "attributions.csv");
            Assert.Equal("doc_id,kind,start,end,text,cue,cue_start,cue_end,source,source_start,source_end,speaker,parts", File.ReadLines(path).First());
            var rows = new List<string[]>();
            using (var reader = CsvReader.FromFile(path))
            {
                while (reader.Read()) rows.Add(Enumerable.Range(0, 13).Select(reader.GetString).ToArray());
            }

            Assert.Equal(Result.Value.Attributions.Count, rows.Count);
            for (int k = 0; k < rows.Count; k++)
            {
                var a = Result.Value.Attributions[k];
                string[] expected =
                [
                    "harbor", a.KindName, a.Start.ToString(), a.End.ToString(), a.Text,
                    a.Cue?.Text ?? "", a.Cue?.Start.ToString() ?? "", a.Cue?.End.ToString() ?? "",
                    a.Source?.Text ?? "", a.Source?.Start.ToString() ?? "", a.Source?.End.ToString() ?? "",
                    a.Speaker ?? "", $"{a.Start}-{a.End}",
                ];
                Assert.Equal(expected, rows[k]);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void GoldJoinsDiscontinuousContentAndNamesItsKind()
    {
        var article = QuoteCorpusReader.ReadFolder(Folder)[0];
        var gold = AttributionCorpusScorer.GoldOf(article);
        Assert.Equal(3, gold.Count);
        Assert.Equal(new[] { AttributionKind.Direct, AttributionKind.Mixed, AttributionKind.Direct }, gold.Select(g => g.Kind));
        var joined = gold[2];
        Assert.StartsWith("“This is about", article.Text[joined.Start..joined.End]);
        Assert.EndsWith("future,”", article.Text[joined.Start..joined.End]);
    }

    [Fact]
    public void ScorerCountsContentsCuesAndSources()
    {
        var articles = QuoteCorpusReader.ReadFolder(Folder);
        // The rules, whose output on this sample is known; the scorer is what is tested.
        var extractor = FactExtractor.Create(new ExtractorOptions { Attributions = AttributionModel.Rules });
        var report = AttributionCorpusScorer.Score(articles, a => extractor.Extract(new Document(a.Name, a.Text)).Attributions);
        Assert.Equal(3, report.Gold);
        Assert.Equal(3, report.Matched);
        Assert.Equal(100, report.F);
        Assert.Equal(100, report.CueAccuracy);
        Assert.Equal(100, report.SourceF);
        Assert.Equal(1, report.ByKind[AttributionKind.Mixed].MatchedGold);
    }

    [Fact]
    public void ScorerNeedsHalfOfBothSpans()
    {
        var article = QuoteCorpusReader.ReadFolder(Folder)[0];
        var gold = AttributionCorpusScorer.GoldOf(article)[1];
        // A prediction covering the gold content and as much again overlaps less than half of itself.
        int end = Math.Min(article.Text.Length, gold.End + (gold.End - gold.Start) + 2);
        var wide = new AttributionMention(AttributionKind.Mixed, article.Text[gold.Start..end], gold.Start, end, null, null, null);
        var report = AttributionCorpusScorer.Score(new[] { article }, _ => new[] { wide });
        Assert.Equal(0, report.Matched);
        var exact = wide with { End = gold.End, Text = article.Text[gold.Start..gold.End] };
        report = AttributionCorpusScorer.Score(new[] { article }, _ => new[] { exact });
        Assert.Equal(1, report.Matched);
        Assert.Equal(1, report.Exact);
        Assert.Equal(0, report.CueCorrect);
    }
}
