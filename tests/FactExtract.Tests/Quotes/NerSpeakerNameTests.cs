using FactExtract.Quotes;

namespace FactExtract.Tests.Quotes;

/// <summary>A speaker named by a NER entity takes the entity's canonical name, whether or not the article's other names are needed.</summary>
public class NerSpeakerNameTests
{
    private const string Text = "Rep. Jim Clyburn met Acme Corp. on Monday.\n\n“We will hold hearings,” Clyburn said.\n\n“It was a long day,” he said.";

    [Fact]
    public void AMentionInsideAnEntityTakesItsCanonicalName()
    {
        int mention = Text.IndexOf("Clyburn said", StringComparison.Ordinal);
        var entities = new[]
        {
            new EntityMention("Jim Clyburn", "PERSON", 5, 16, "Jim Clyburn"),
            new EntityMention("Acme Corp.", "ORG", 21, 31, "Acme"),
            new EntityMention("Clyburn", "PERSON", mention, mention + 7, "Jim Clyburn"),
        };

        var quotes = Find(entities);

        Assert.Equal(new[] { "Jim Clyburn", "Jim Clyburn" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void OverlappingEntitiesStillResolveThroughTheWholeIndex()
    {
        int mention = Text.IndexOf("Clyburn said", StringComparison.Ordinal);
        var entities = new[]
        {
            new EntityMention("Jim Clyburn", "PERSON", 5, 16, "Jim Clyburn"),
            new EntityMention("Clyburn", "PERSON", mention, mention + 7, "Clyburn (House)"),
            new EntityMention("Clyburn said", "ORG", mention, mention + 12, "Clyburn Said"),
        };

        var quotes = Find(entities);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(mention, quotes[0].SpeakerStart);
        Assert.Contains(quotes[0].Speaker, new[] { "Clyburn (House)", "Clyburn Said" });
    }

    private static List<Quotation> Find(IReadOnlyList<EntityMention> entities)
    {
        var output = new List<Quotation>();
        QuoteFinder.Find(Text, entities, output);
        return output;
    }
}
