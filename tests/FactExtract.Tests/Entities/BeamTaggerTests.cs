using FactExtract.Entities;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Tests.Entities;

/// <summary>Beam-search decoding: a beam of one is greedy decoding, a wider beam finds sequences at least as good.</summary>
public class BeamTaggerTests
{
    private static (AnalyzedDocument Doc, Token[] Tokens) Seed()
    {
        var doc = new AnalyzedDocument(new Document("seed", TestPaths.SeedText));
        new Tokenizer().Process(doc, CancellationToken.None);
        new SentenceSplitter().Process(doc, CancellationToken.None);
        return (doc, doc.Tokens.ToArray());
    }

    private static int[] TagAll(AnalyzedDocument doc, Token[] tokens, int width)
    {
        var tags = new int[tokens.Length];
        var scratch = new TaggerScratch();
        foreach (var s in doc.Sentences)
        {
            var range = tokens.AsSpan(s.FirstToken, s.TokenCount);
            var output = tags.AsSpan(s.FirstToken, s.TokenCount);
            if (width == 0) GreedyTagger.Tag(BuiltInModel.Instance, doc.Text, range, output, scratch);
            else BeamTagger.Tag(BuiltInModel.Instance, doc.Text, range, output, scratch, width);
        }

        return tags;
    }

    [Fact]
    public void ABeamOfOneIsGreedyDecoding()
    {
        var (doc, tokens) = Seed();
        var greedy = TagAll(doc, tokens, 0);
        Assert.Equal(greedy, TagAll(doc, tokens, 1));
        Assert.Contains(greedy, t => t != 0);
    }

    [Fact]
    public void AWiderBeamKeepsTagSequencesWellFormed()
    {
        var (doc, tokens) = Seed();
        var labels = BuiltInModel.Instance.Labels;
        var tags = TagAll(doc, tokens, 4);
        foreach (var s in doc.Sentences)
            for (int i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
                Assert.True(labels.Allowed(i == s.FirstToken ? -1 : tags[i - 1], tags[i]), $"tag {labels.Tags[tags[i]]} at token {i}");
        Assert.Contains(tags, t => t != 0);
    }

    [Fact]
    public void ABeamUsesTheModelTrainedWithBeamSearch()
    {
        Assert.Same(BuiltInModel.Instance, BuiltInModel.For(1));
        Assert.Same(BuiltInModel.Beam, BuiltInModel.For(4));
        Assert.NotSame(BuiltInModel.Instance, BuiltInModel.Beam);
        Assert.Contains("beam of 4", BuiltInModel.Beam.Description);
        Assert.Equal(BuiltInModel.Instance.Labels.Tags, BuiltInModel.Beam.Labels.Tags);
    }

    [Fact]
    public void AWidthBelowOneIsRefused()
    {
        var (doc, tokens) = Seed();
        Assert.Throws<ArgumentOutOfRangeException>(() => BeamTagger.Tag(BuiltInModel.Instance, doc.Text, tokens.AsSpan(0, 3), new int[3], new TaggerScratch(), 0));
    }
}

/// <summary>The beam through the public API and the CLI.</summary>
public class EntityBeamOptionTests
{
    [Fact]
    public void AnExtractorWithABeamFindsTheSeedsOrganisations()
    {
        var text = TestPaths.SeedText;
        var result = FactExtractor.Create(new ExtractorOptions { EntityBeamWidth = 4 }).Extract(text);
        Assert.Contains(result.Entities, e => e.Label == "ORG" && e.Canonical == "BlackBerry");
        Assert.All(result.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void AWidthOutOfRangeIsRefused(int width)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractorOptions { EntityBeamWidth = width });
        Assert.Contains("1 to 16", error.Message);
    }
}
