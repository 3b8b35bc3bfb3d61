namespace FactExtract.Tests.Quotes;

/// <summary>Runs the whole pipeline on a news-style text and reads back its quotations.</summary>
internal static class QuoteTestHelpers
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

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
