using FactExtract.Evaluation;

namespace FactExtract.Tests.Seed;

/// <summary>The evaluator, on hand-made predictions derived from the seed's gold file.</summary>
public class GoldScorerTests
{
    private readonly ExtractionResult _gold = SeedGold.Load();

    private static void AssertPerfect(GoldCounts c)
    {
        Assert.Equal(1.0, c.Precision);
        Assert.Equal(1.0, c.Recall);
        Assert.Equal(1.0, c.F1);
    }

    [Fact]
    public void PerfectPredictionScoresOneEverywhere()
    {
        var e = GoldScorer.Score(_gold, _gold with { Entities = _gold.Entities.ToArray() });

        Assert.All(e.EntityLabels.Values, AssertPerfect);
        AssertPerfect(e.Entities);
        AssertPerfect(e.DatesStrict);
        AssertPerfect(e.DatesRelaxed);
        AssertPerfect(e.DateValues);
        AssertPerfect(e.QuotesExact);
        AssertPerfect(e.QuotesOverlap);
        Assert.Equal(1.0, e.DateValueAccuracy.Value);
        Assert.Equal(1.0, e.Speakers.Value);
        Assert.Equal(1.0, e.Canonical.Value);
        Assert.Empty(e.Discrepancies);
    }

    [Fact]
    public void MissingEntityLowersItsLabelsRecallAndIsListedWithItsLine()
    {
        var missing = _gold.Entities.First(e => e.Text == "Facebook");
        var e = GoldScorer.Score(_gold, _gold with { Entities = _gold.Entities.Where(x => x != missing).ToArray() });

        var org = e.EntityLabels["ORG"];
        Assert.Equal(22.0 / 23, org.Recall, 6);
        Assert.Equal(1.0, org.Precision);
        AssertPerfect(e.EntityLabels["GPE"]);
        var miss = Assert.Single(e.Discrepancies);
        Assert.Equal(("entity", GoldIssue.Miss, "Facebook", "ORG"), (miss.Kind, miss.Issue, miss.Text, miss.Expected));
        Assert.Equal(19, miss.Line);
        Assert.Contains("requests for [[Facebook]] user data", miss.Context);
    }

    [Fact]
    public void WrongLabelIsAMissAndAFalseAlarm()
    {
        var entities = _gold.Entities.Select(x => x.Text == "Apple" ? x with { Label = "PERSON" } : x).ToArray();
        var e = GoldScorer.Score(_gold, _gold with { Entities = entities });

        Assert.Equal(22.0 / 23, e.EntityLabels["ORG"].Recall, 6);
        Assert.Equal(0.0, e.EntityLabels["PERSON"].Precision);
        Assert.Contains(e.Discrepancies, d => d.Issue == GoldIssue.Miss && d.Text == "Apple" && d.Expected == "ORG" && d.Found == "PERSON");
        Assert.Contains(e.Discrepancies, d => d.Issue == GoldIssue.FalseAlarm && d.Text == "Apple" && d.Found == "PERSON" && d.Expected == "ORG");
    }

    [Fact]
    public void ExtraEntityIsAFalseAlarmThatLowersPrecision()
    {
        int start = _gold.Text.IndexOf("Tech", StringComparison.Ordinal);
        var extra = new EntityMention("Tech", "ORG", start, start + 4, "Tech");
        var e = GoldScorer.Score(_gold, _gold with { Entities = _gold.Entities.Prepend(extra).ToArray() });

        Assert.Equal(23.0 / 24, e.EntityLabels["ORG"].Precision, 6);
        Assert.Equal(1.0, e.EntityLabels["ORG"].Recall);
        var fa = Assert.Single(e.Discrepancies);
        Assert.Equal((GoldIssue.FalseAlarm, "Tech", 1), (fa.Issue, fa.Text, fa.Line));
    }

    [Fact]
    public void WrongDateValueLowersValueAccuracyNotExtent()
    {
        var dates = _gold.Dates.Select(d => d.Text == "July" ? d with { Value = "XXXX-07" } : d).ToArray();
        var e = GoldScorer.Score(_gold, _gold with { Dates = dates });

        AssertPerfect(e.DatesStrict);
        Assert.Equal(11.0 / 12, e.DateValueAccuracy.Value, 6);
        Assert.Equal(11.0 / 12, e.DateValues.Recall, 6);
        var wrong = Assert.Single(e.Discrepancies);
        Assert.Equal((GoldIssue.WrongValue, "July", "2015-07", "XXXX-07"), (wrong.Issue, wrong.Text, wrong.Expected, wrong.Found));
    }

    [Fact]
    public void DateWithALeadingPrepositionCountsForRelaxedButNotStrict()
    {
        var july = _gold.Dates.Single(d => d.Text == "July");
        var dates = _gold.Dates.Select(d => d == july ? d with { Text = "in July", Start = july.Start - 3 } : d).ToArray();
        var e = GoldScorer.Score(_gold, _gold with { Dates = dates });

        Assert.Equal(11.0 / 12, e.DatesStrict.F1, 6);
        AssertPerfect(e.DatesRelaxed);
        Assert.Equal(1.0, e.DateValueAccuracy.Value);
        var wrong = Assert.Single(e.Discrepancies);
        Assert.Equal((GoldIssue.WrongExtent, "July", "in July"), (wrong.Issue, wrong.Expected, wrong.Found));
    }

    [Fact]
    public void WrongSpeakerLowersSpeakerAccuracyAndIsNamed()
    {
        var target = _gold.Quotes.Single(q => q.Text == "“serious concerns.”");
        var quotes = _gold.Quotes.Select(q => q == target ? q with { Speaker = "Motherboard" } : q).ToArray();
        var e = GoldScorer.Score(_gold, _gold with { Quotes = quotes });

        AssertPerfect(e.QuotesExact);
        Assert.Equal(5.0 / 6, e.Speakers.Value, 6);
        var wrong = Assert.Single(e.Discrepancies);
        Assert.Equal((GoldIssue.WrongSpeaker, "Pakistan Telecommunications Authority", "Motherboard"), (wrong.Issue, wrong.Expected, wrong.Found));
        Assert.Contains("citing only [[“serious concerns.”]]", wrong.Context);
    }

    [Fact]
    public void QuoteWithoutItsMarksMatchesByOverlapOnly()
    {
        var first = _gold.Quotes[1];
        var quotes = _gold.Quotes.Select(q => q == first ? q with { Start = q.Start + 1, End = q.End - 1, Text = q.Text[1..^1] } : q).ToArray();
        var e = GoldScorer.Score(_gold, _gold with { Quotes = quotes });

        Assert.Equal(5.0 / 6, e.QuotesExact.Recall, 6);
        AssertPerfect(e.QuotesOverlap);
        Assert.Equal(1.0, e.Speakers.Value);
        Assert.Equal(GoldIssue.WrongExtent, Assert.Single(e.Discrepancies).Issue);
    }

    [Fact]
    public void ScareQuoteReportedAsAQuotationIsAFalseAlarm()
    {
        int start = _gold.Text.IndexOf("“back doors”", StringComparison.Ordinal);
        var scare = new Quotation("“back doors”", start, start + 12, null, null, null, null);
        var e = GoldScorer.Score(_gold, _gold with { Quotes = _gold.Quotes.Prepend(scare).ToArray() });

        Assert.Equal(6.0 / 7, e.QuotesExact.Precision, 6);
        var fa = Assert.Single(e.Discrepancies);
        Assert.Equal(("quote", GoldIssue.FalseAlarm, "“back doors”"), (fa.Kind, fa.Issue, fa.Text));
    }

    [Fact]
    public void EmptyPredictionListsEveryGoldItemAsMissed()
    {
        var empty = _gold with { Entities = [], Dates = [], Quotes = [], ReferenceDate = null };
        var e = GoldScorer.Score(_gold, empty);

        Assert.Equal(0.0, e.Entities.Recall);
        Assert.Equal(0.0, e.Entities.Precision);
        Assert.Equal(0.0, e.Entities.F1);
        Assert.Equal(0.0, e.Speakers.Value);
        Assert.Null(e.PredictedReferenceDate);
        Assert.Equal(51 + 12 + 6, e.Discrepancies.Count(d => d.Issue == GoldIssue.Miss));
        Assert.Equal(e.Discrepancies.OrderBy(d => d.Start).Select(d => d.Start), e.Discrepancies.Select(d => d.Start));
    }

    [Theory]
    [InlineData("BlackBerry", "BlackBerry", true)]
    [InlineData("BlackBerry", "blackberry’s", true)]
    [InlineData("Pakistan Telecommunications Authority", "Pakistan  Telecommunications Authority", true)]
    [InlineData(null, null, true)]
    [InlineData("BlackBerry", null, false)]
    [InlineData("BlackBerry", "Apple", false)]
    public void SpeakersCompareByNormalisedName(string? gold, string? predicted, bool same) =>
        Assert.Equal(same, GoldScorer.SameSpeaker(gold, predicted));

    [Fact]
    public void CountsWithNothingToFindAreOneAndWithNothingFoundZero()
    {
        Assert.Equal(1.0, new GoldCounts(0, 0, 0).F1);
        Assert.Equal(0.0, new GoldCounts(3, 0, 0).Precision);
        Assert.Equal(0.0, new GoldCounts(0, 2, 0).Recall);
        Assert.Equal(0.8, new GoldCounts(5, 5, 4).F1, 6);
    }

    [Fact]
    public void ContextLineIsShortenedAroundTheSpan()
    {
        var text = "first line\n" + new string('a', 200) + " Target " + new string('b', 200) + "\nlast";
        int start = text.IndexOf("Target", StringComparison.Ordinal);
        var (line, context) = GoldScorer.ContextLine(text, start, start + 6);

        Assert.Equal(2, line);
        Assert.Contains("[[Target]]", context);
        Assert.StartsWith("…", context);
        Assert.EndsWith("…", context);
        Assert.True(context.Length < 170, context);
    }
}
