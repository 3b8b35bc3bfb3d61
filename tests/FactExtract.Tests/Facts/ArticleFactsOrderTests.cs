namespace FactExtract.Tests.Facts;

/// <summary>
/// The hand-written folds of <see cref="ArticleFacts.From"/> give exactly what the LINQ definition gives (GroupBy in
/// order of first appearance, then a stable OrderBy), on random mention lists full of ties, repeats, out-of-order
/// starts, null speakers and speakers differing only in case.
/// </summary>
public class ArticleFactsOrderTests
{
    // Many more keys than a linear search or an insertion sort takes, in some rounds.
    private static readonly string[] Names = new[] { "Acme", "ACME", "Globex", "Initech", "Umbrella" }.Concat(Enumerable.Range(0, 20).Select(k => "Org " + k)).ToArray();
    private static readonly string[] Values = new[] { "2015", "2015-11-30", "PAST_REF", "PRESENT_REF", "FUTURE_REF", "P3Y", "XXXX-07", "2016-01" }
        .Concat(Enumerable.Range(1, 20).Select(k => $"2014-{k % 12 + 1:00}-{k:00}")).ToArray();
    private static readonly string?[] Speakers = new[] { null, "Jo Li", "jo li", "Pat Caddell", "the company" }
        .Concat(Enumerable.Range(0, 12).SelectMany(k => new[] { "Speaker " + k, "SPEAKER " + k })).ToArray();

    [Fact]
    public void FoldsMatchTheLinqDefinitionOnRandomMentions()
    {
        var random = new Random(7);
        for (int round = 0; round < 500; round++)
        {
            int many = round % 5 == 0 ? 120 : 30;
            var entities = Enumerable.Range(0, random.Next(0, many)).Select(_ =>
            {
                int start = random.Next(0, 40);
                return new EntityMention("x", random.Next(3) == 0 ? "PERSON" : "ORG", start, start + 2, Names[random.Next(Names.Length)]);
            }).ToArray();
            var dates = Enumerable.Range(0, random.Next(0, many)).Select(k =>
            {
                int start = random.Next(0, 40);
                return new DateMention("d" + k, start, start + 1, random.Next(2) == 0 ? "DATE" : "DURATION", Values[random.Next(Values.Length)]);
            }).ToArray();
            var quotes = Enumerable.Range(0, random.Next(0, many)).Select(k =>
            {
                int start = random.Next(0, 40);
                return new Quotation("q" + k, start, start + 5, Speakers[random.Next(Speakers.Length)], null, null, null);
            }).ToArray();
            DateOnly? reference = random.Next(2) == 0 ? new DateOnly(2015, 11, 30) : null;

            var facts = ArticleFacts.From(entities, dates, quotes, reference);
            var expected = Reference(entities, dates, quotes, reference);

            Assert.Equal(expected.Organisations, facts.Organisations);
            Assert.Equal(expected.Timeline, facts.Timeline);
            Assert.Equal(expected.Speakers.Select(s => s.Speaker), facts.Speakers.Select(s => s.Speaker));
            Assert.Equal(expected.Speakers.Select(s => s.Quotes.ToArray()), facts.Speakers.Select(s => s.Quotes.ToArray()));
        }
    }

    [Fact]
    public void ExtractReturnsMentionsInTextOrder()
    {
        var result = FactExtractor.CreateDefault().Extract(TestPaths.SeedText, new DateOnly(2015, 11, 30));

        Assert.NotEmpty(result.Entities);
        Assert.Equal(result.Entities.OrderBy(e => e.Start), result.Entities);
        Assert.Equal(result.Dates.OrderBy(d => d.Start), result.Dates);
        Assert.Equal(result.Quotes.OrderBy(q => q.Start), result.Quotes);
        Assert.DoesNotContain(result.Entities, e => e.Label is "DATE" or "TIME");
    }

    // The definition the folds replaced.
    private static ArticleFacts Reference(EntityMention[] entities, DateMention[] dates, Quotation[] quotes, DateOnly? referenceDate)
    {
        var organisations = entities
            .Where(e => e.Label == "ORG")
            .GroupBy(e => e.Canonical, StringComparer.Ordinal)
            .Select(g => new OrganisationFact(g.Key, g.Count(), g.Min(e => e.Start)))
            .OrderByDescending(o => o.Mentions)
            .ThenBy(o => o.FirstStart)
            .ToArray();
        string presentKey = referenceDate is { } rd ? rd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "~" : "9999~";
        var timeline = dates
            .OrderBy(d => d.Start)
            .GroupBy(d => d.Value, StringComparer.Ordinal)
            .Select(g => new TimelineEntry(g.Key, g.First().Type, g.First().Text, g.Count(), g.First().Start))
            .OrderBy(t => TimelineKey(t.Value, presentKey), StringComparer.Ordinal)
            .ThenBy(t => t.FirstStart)
            .ToArray();
        var speakers = quotes
            .OrderBy(q => q.Start)
            .GroupBy(q => q.Speaker, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SpeakerQuotes(g.Key, g.ToArray()))
            .ToArray();
        return new ArticleFacts(organisations, timeline, speakers);
    }

    private static string TimelineKey(string value, string presentKey) => value switch
    {
        "PAST_REF" => "",
        "PRESENT_REF" => presentKey,
        "FUTURE_REF" => "~0",
        _ when value.Length > 0 && char.IsAsciiDigit(value[0]) => value,
        _ => "~1" + value,
    };
}
