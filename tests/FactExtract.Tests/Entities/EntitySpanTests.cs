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

    [Fact]
    public void AnArticleAloneIsNeverAName()
    {
        // On the seed the tagger opens an ORG on "the" before "US Department of Defense" and then starts a GPE on "US".
        var result = FactExtractor.CreateDefault().Extract(TestPaths.SeedText);
        Assert.Contains(result.Entities, e => e.Text == "Department of Defense");
        Assert.DoesNotContain(result.Entities, e => e.Text is "the" or "The" or "a" or "A" or "an" or "An");
    }
}
