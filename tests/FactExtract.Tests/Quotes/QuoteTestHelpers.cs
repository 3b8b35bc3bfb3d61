namespace FactExtract.Tests.Quotes;

/// <summary>
/// Runs the whole pipeline on a news-style text and reads back its quotations. These tests are about finding quotations
/// and resolving speakers from the names the entity stage gives; they run with the fast entity model, whose names on
/// these texts are known, so that a change of entity model does not read as a change of the quote stage. The accurate
/// model's effect on quotations is measured on PolNeAR dev (docs/quotes.md) and on the seed (SeedRegressionTests).
/// </summary>
internal static class QuoteTestHelpers
{
    private static readonly FactExtractor Extractor = FactExtractor.Create(new ExtractorOptions { Entities = EntityModel.Fast });

    public static IReadOnlyList<Quotation> FindQuotes(string text) => Extractor.Extract(text).Quotes;

    public static Quotation Single(string text)
    {
        var quotes = FindQuotes(text);
        Assert.True(quotes.Count == 1, $"expected one quotation, got {quotes.Count}: {string.Join(" | ", quotes.Select(q => q.Text))}");
        return quotes[0];
    }

    public static string? Mention(string text, Quotation q) =>
        q.SpeakerStart is int s && q.SpeakerEnd is int e ? text.Substring(s, e - s) : null;

    public static void AssertOffsets(string text, Quotation q)
    {
        Assert.Equal(q.Text, text.Substring(q.Start, q.End - q.Start));
        if (q.SpeakerStart is not null) Assert.NotNull(q.SpeakerEnd);
    }
}
