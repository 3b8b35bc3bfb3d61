using FactExtract.Attributions;
using FactExtract.Entities;

namespace FactExtract.Tests.Attributions;

/// <summary>The accurate attribution model (<see cref="AttributionModel.Accurate"/>) on a hand-written article.</summary>
public class AttributionTaggerTests
{
    // An invented article: reported speech with and without a saying verb, a mixed statement and a direct quotation.
    private const string Article =
        "Council Weighs Bridge Repairs.\n\n" +
        "The city council said on Tuesday that the old bridge would close for repairs in March.\n\n" +
        "Engineers believe the steel beams can be saved, according to a report released last week.\n\n" +
        "Mayor Ana Ruiz promised that the work would be “finished before the summer.”\n\n" +
        "“We will not cut corners,” Ruiz said.\n";

    private static readonly Lazy<ExtractionResult> Result = new(() =>
        FactExtractor.Create(new ExtractorOptions { Entities = EntityModel.Fast, Attributions = AttributionModel.Accurate }).Extract(new Document("bridge", Article)));

    [Fact]
    public void ReportedSpeechHasItsContentCueAndSource()
    {
        var said = Assert.Single(Result.Value.Attributions, a => a.Text.Contains("the old bridge would close", StringComparison.Ordinal));
        Assert.Equal(AttributionKind.Indirect, said.Kind);
        Assert.Equal(Article[said.Start..said.End], said.Text);
        Assert.NotNull(said.Cue);
        Assert.Contains("said", said.Cue.Text, StringComparison.Ordinal);
        Assert.NotNull(said.Source);
        Assert.Contains("council", said.Source.Text, StringComparison.Ordinal);
        Assert.Equal(Article[said.Source.Start..said.Source.End], said.Source.Text);
    }

    [Fact]
    public void PartlyQuotedContentIsMixedAndResolvedToItsSpeaker()
    {
        var promised = Assert.Single(Result.Value.Attributions, a => a.Text.Contains("finished before the summer", StringComparison.Ordinal));
        Assert.Equal(AttributionKind.Mixed, promised.Kind);
        Assert.Equal("Ana Ruiz", promised.Speaker);
    }

    [Fact]
    public void DirectAttributionsAreStillTheQuotations()
    {
        var result = Result.Value;
        var quotes = result.Quotes.Where(q => !result.Attributions.Any(a => a.Kind == AttributionKind.Mixed && a.Start <= q.Start && q.End <= a.End));
        Assert.Equal(
            quotes.Select(q => (q.Start, q.End, q.Speaker)),
            result.Attributions.Where(a => a.Kind == AttributionKind.Direct).SelectMany(a => a.Parts.Select(p => (p.Start, p.End, a.Speaker))));
        Assert.Equal(result.Attributions.OrderBy(a => a.Start), result.Attributions);
    }

    [Fact]
    public void TheAttributionModelFollowsTheEntityModelUnlessChosen()
    {
        Assert.Equal(AttributionModel.Accurate, new ExtractorOptions().AttributionsInEffect);
        Assert.Equal(AttributionModel.Rules, new ExtractorOptions { Entities = EntityModel.Fast }.AttributionsInEffect);
        Assert.Equal(AttributionModel.Rules, new ExtractorOptions { EntityBeamWidth = 4 }.AttributionsInEffect);
        Assert.Equal(AttributionModel.Rules, new ExtractorOptions { Attributions = AttributionModel.Rules }.AttributionsInEffect);
        Assert.Equal(AttributionModel.Accurate, new ExtractorOptions { Entities = EntityModel.Fast, Attributions = AttributionModel.Accurate }.AttributionsInEffect);
    }

    [Theory]
    [InlineData("Canadian smartphone company BlackBerry", "BlackBerry")]
    [InlineData("the Pakistan Telecommunications Authority", "Pakistan Telecommunications Authority")]
    [InlineData("a spokesman for Acme Corp., who asked not to be named", "Acme Corp")]
    [InlineData("An earlier version of this article", null)]
    [InlineData("an announcement posted to the company’s blog late Sunday night", null)]
    [InlineData("officials", null)]
    public void ASourcesNameIsItsLastRunOfCapitalisedWords(string source, string? name)
    {
        var run = NeuralAttributions.LastNameRun(source, 0, source.Length);
        Assert.Equal(name, run is { } r ? source[r.Start..r.End] : null);
    }

    [Fact]
    public void AModelWithoutTheAttributionTagsIsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => AttributionTaggerModel.Check(BuiltInModel.Accurate, "the entity model"));
        Assert.Contains("not an attribution model", error.Message);
    }
}
