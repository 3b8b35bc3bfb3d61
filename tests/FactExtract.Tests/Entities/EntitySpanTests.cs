namespace FactExtract.Tests.Entities;

public class EntitySpanTests
{
    [Fact]
    public void ANameNeverTakesInTheDashBeforeIt()
    {
        var result = FactExtractor.CreateDefault().Extract("“I’d rather move to Canada than vote for him.” — Veronica Cruz");
        var person = Assert.Single(result.Entities, e => e.Label == "PERSON");
        Assert.Equal("Veronica Cruz", person.Text);
        Assert.Equal("Veronica Cruz", result.Text[person.Start..person.End]);
    }

    [Fact]
    public void NoMentionStartsOrEndsWithPunctuationOnTheSeed()
    {
        var result = FactExtractor.CreateDefault().Extract(TestPaths.SeedText);
        Assert.NotEmpty(result.Entities);
        Assert.All(result.Entities, e =>
        {
            Assert.False(char.IsPunctuation(e.Text[0]), e.Text);
            Assert.False(e.Text.Length > 1 && char.IsPunctuation(e.Text[^1]) && char.IsWhiteSpace(e.Text[^2]), e.Text);
        });
    }

    [Theory]
    [InlineData(EntityModel.Accurate)]
    [InlineData(EntityModel.Fast)]
    public void AnArticleAloneIsNeverAName(EntityModel model)
    {
        // On the seed the fast tagger opens an ORG on "the" before "US Department of Defense" and then starts a GPE on
        // "US"; what is left of the ORG must not be "the" alone. The accurate tagger takes the whole name as one ORG.
        var result = FactExtractor.Create(new ExtractorOptions { Entities = model }).Extract(TestPaths.SeedText);
        Assert.Contains(result.Entities, e => e.Text.EndsWith("Department of Defense", StringComparison.Ordinal) && e.Label == "ORG");
        Assert.DoesNotContain(result.Entities, e => e.Text is "the" or "The" or "a" or "A" or "an" or "An");
    }

    [Fact]
    public void ANameDoesNotBeginWithALowerCaseThe()
    {
        // The model, trained on OntoNotes, tags "the" as part of each of these names; the annotation guide leaves it out.
        var result = FactExtractor.CreateDefault().Extract(
            "Officials at the Federal Communications Commission said on Tuesday that the rules would change. " +
            "Shares rose after the Federal Reserve cut rates and the European Central Bank held them. " +
            "He later visited the Middle East.");
        Assert.Equal(
            ["Federal Communications Commission", "Federal Reserve", "European Central Bank", "Middle East"],
            result.Entities.Where(e => e.Label is "ORG" or "LOC").Select(e => e.Text));
        Assert.All(result.Entities, e => Assert.Equal(e.Text, result.Text[e.Start..e.End]));
    }

    [Fact]
    public void ACapitalisedTheThatBeginsANameIsKept()
    {
        var result = FactExtractor.CreateDefault().Extract("He has written for The New York Times since 2004.");
        Assert.Contains(result.Entities, e => e.Text == "The New York Times" && e.Label == "ORG");
    }
}
