using FactExtract.Evaluation;

namespace FactExtract.Tests.Seed;

/// <summary>The gold file is consistent with the seed article and with ANNOTATION.md's main rules.</summary>
public class GoldFileTests
{
    private readonly ExtractionResult _gold = SeedGold.Load();

    [Fact]
    public void EverySpanIsTheSubstringOfTheSeedItNames()
    {
        Assert.Equal(TestPaths.SeedText, _gold.Text);
        Assert.Empty(GoldFileReader.SpanProblems(_gold));
        foreach (var q in _gold.Quotes)
        {
            Assert.NotNull(q.SpeakerStart);
            var mention = _gold.Text[q.SpeakerStart!.Value..q.SpeakerEnd!.Value];
            Assert.Equal(q.Speaker, mention);
        }
    }

    [Fact]
    public void HeaderNamesTheSeedAndItsDatelineDate()
    {
        Assert.Equal("000_0247617bfd7dbdd2", _gold.Id);
        Assert.Equal("seeds/000_0247617bfd7dbdd2.txt", _gold.Source);
        Assert.Equal(new DateOnly(2015, 11, 30), _gold.ReferenceDate);
    }

    [Fact]
    public void CountsByKindAreThoseTheReadmePublishes()
    {
        Assert.Equal(51, _gold.Entities.Count);
        Assert.Equal(23, _gold.Entities.Count(e => e.Label == "ORG"));
        Assert.Equal(12, _gold.Dates.Count);
        Assert.Equal(6, _gold.Quotes.Count);
    }

    [Fact]
    public void ItemsOfOneKindAreInTextOrderAndDoNotOverlap()
    {
        static void Check(IEnumerable<(int Start, int End)> spans)
        {
            var list = spans.ToList();
            for (int i = 1; i < list.Count; i++) Assert.True(list[i - 1].End <= list[i].Start, $"{list[i - 1]} / {list[i]}");
        }

        Check(_gold.Entities.Select(e => (e.Start, e.End)));
        Check(_gold.Dates.Select(d => (d.Start, d.End)));
        Check(_gold.Quotes.Select(q => (q.Start, q.End)));
    }

    [Fact]
    public void FollowsTheAnnotationGuide()
    {
        // Possessive endings are not part of a name; leading determiners are not either.
        Assert.DoesNotContain(_gold.Entities, e => e.Text.EndsWith("’s", StringComparison.Ordinal) || e.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase));
        // A product named after its maker is not the maker.
        Assert.Contains(_gold.Entities, e => e.Text == "BlackBerry Enterprise Servers" && e.Label == "PRODUCT");
        // Dates and times go in dates, not in entities.
        Assert.DoesNotContain(_gold.Entities, e => e.Label is "DATE" or "TIME");
        // The anaphoric "this date" and "that date" are not date mentions.
        Assert.DoesNotContain(_gold.Dates, d => d.Text.EndsWith(" date", StringComparison.Ordinal));
        Assert.Contains(_gold.Dates, d => d.Text == "late Sunday night" && d.Type == "TIME" && d.Value == "2015-11-29TNI");
        Assert.Contains(_gold.Dates, d => d.Text == "July" && d.Value == "2015-07");
        // Scare quotes are not quotations, the nested ‘back doors’ is inside one; every quotation has its marks.
        Assert.DoesNotContain(_gold.Quotes, q => q.Text.Contains("back doors”", StringComparison.Ordinal) && q.Text.Length < 15);
        Assert.All(_gold.Quotes, q => Assert.True(q.Text[0] == '“' && q.Text[^1] == '”', q.Text));
        Assert.Equal("Pakistan Telecommunications Authority", Assert.Single(_gold.Quotes, q => q.Text == "“serious concerns.”").Speaker);
        Assert.Equal(5, _gold.Quotes.Count(q => q.Speaker == "BlackBerry"));
    }
}
