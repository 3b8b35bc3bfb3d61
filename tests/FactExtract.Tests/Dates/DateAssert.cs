using FactExtract.Dates;

namespace FactExtract.Tests.Dates;

/// <summary>Runs the date tagger on a sentence and finds mentions by their text.</summary>
internal static class DateAssert
{
    /// <summary>Monday 30 November 2015, the seed article's date.</summary>
    public static readonly DateOnly Monday = new(2015, 11, 30);

    public static List<DateMention> Tag(string text, DateOnly? reference)
    {
        var mentions = new List<DateMention>();
        DateTagger.Tag(text, reference, mentions);
        return mentions;
    }

    public static DateMention Single(string text, string expected, DateOnly? reference)
    {
        var mentions = Tag(text, reference);
        var hit = mentions.Where(m => m.Text == expected).ToList();
        Assert.True(hit.Count == 1, $"expected one mention \"{expected}\" in \"{text}\", got: {string.Join("; ", mentions.Select(m => $"\"{m.Text}\"={m.Value}"))}");
        Assert.Equal(text.Substring(hit[0].Start, hit[0].End - hit[0].Start), hit[0].Text);
        return hit[0];
    }

    public static void Has(string text, string expected, string type, string value, DateOnly? reference)
    {
        var m = Single(text, expected, reference);
        Assert.Equal((type, value), (m.Type, m.Value));
    }

    public static void None(string text, string notADate, DateOnly? reference = null)
    {
        reference ??= Monday;
        int at = text.IndexOf(notADate, StringComparison.Ordinal);
        Assert.True(at >= 0, "test text must contain the span");
        var overlapping = Tag(text, reference).Where(m => m.Start < at + notADate.Length && at < m.End).ToList();
        Assert.True(overlapping.Count == 0, $"\"{notADate}\" should not be a date, got: {string.Join("; ", overlapping.Select(m => $"\"{m.Text}\"={m.Value}"))}");
    }
}
