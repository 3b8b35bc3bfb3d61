using FactExtract.Evaluation;

namespace FactExtract.Tests.Seed;

/// <summary>The pipeline on the seed, scored against its gold file by the same evaluator as <c>eval --gold</c>.</summary>
public class SeedRegressionTests
{
    private readonly ExtractionResult _gold = SeedGold.Load();

    private GoldEvaluation Evaluate(EntityModel model = EntityModel.Accurate)
    {
        // As eval --gold does: the text only, no reference date given.
        var predicted = FactExtractor.Create(new ExtractorOptions { Entities = model }).Extract(new Document(_gold.Id, TestPaths.SeedText) { Source = _gold.Source });
        Assert.Equal(_gold.Text, predicted.Text);
        return GoldScorer.Score(_gold, predicted);
    }

    [Theory]
    [InlineData(EntityModel.Accurate)]
    [InlineData(EntityModel.Fast)]
    public void PipelineKeepsThePublishedFiguresOnTheSeed(EntityModel model)
    {
        var e = Evaluate(model);
        var t = SeedThresholds.For(model);
        var failures = new List<string>();
        void AtLeast(string what, double measured, double threshold)
        {
            if (measured < threshold) failures.Add($"{what} {measured:0.000} < {threshold:0.000}");
        }

        AtLeast("ORG F1", e.EntityLabels.GetValueOrDefault("ORG").F1, t.OrgF1);
        AtLeast("all-entity F1", e.Entities.F1, t.AllEntitiesF1);
        AtLeast("date relaxed F1", e.DatesRelaxed.F1, SeedThresholds.DateRelaxedF1);
        AtLeast("date value recall", e.DateValues.Recall, SeedThresholds.DateValueRecall);
        AtLeast("quotation exact F1", e.QuotesExact.F1, SeedThresholds.QuoteExactF1);
        AtLeast("speaker recall", (double)e.Speakers.Correct / e.QuotesExact.Gold, t.SpeakerRecall);
        if (SeedThresholds.ReferenceDateFromText && e.PredictedReferenceDate != e.GoldReferenceDate)
            failures.Add($"reference date {e.PredictedReferenceDate} instead of {e.GoldReferenceDate}");

        Assert.True(failures.Count == 0, "Below the published seed figures:\n" + string.Join("\n", failures)
            + "\nMisses and false alarms:\n" + string.Join("\n", e.Discrepancies.Select(d => $"{d.Issue} {d.Kind} '{d.Text}' gold {d.Expected} predicted {d.Found}")));
    }

    [Fact]
    public void PipelineReportsNoScareQuoteAndNoQuoteOutsideGold()
    {
        var e = Evaluate();
        Assert.DoesNotContain(e.Discrepancies, d => d.Kind == "quote" && d.Issue == GoldIssue.FalseAlarm);
    }
}
