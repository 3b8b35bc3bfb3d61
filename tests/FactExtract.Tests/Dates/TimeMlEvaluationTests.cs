using FactExtract.Evaluation;

namespace FactExtract.Tests.Dates;

/// <summary>The TimeML reader and the TempEval-3 scorer on a hand-written document (<c>eval --timeml</c>: FactExtract.Cli.Tests).</summary>
public class TimeMlEvaluationTests
{
    private static string Sample => TestPaths.TestData(Path.Combine("dates", "sample.tml"));

    [Fact]
    public void TheReaderKeepsTextOffsetsAndTheCreationDate()
    {
        var doc = TimeMlDocument.Load(Sample);
        Assert.Equal("sample-001", doc.Id);
        Assert.Equal(new DateOnly(2015, 11, 30), doc.CreationDate);
        Assert.Equal(4, doc.Timexes.Count);
        Assert.Equal(new[] { "yesterday", "next Friday", "three years", "2014" }, doc.Timexes.Select(t => doc.Text[t.Start..t.End]));
        Assert.Contains("cast & counted", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTaggerScoresPerfectlyOnTheSample()
    {
        var result = TimeMlEvaluation.Run(Sample);
        var score = Assert.Single(result.Scores);
        Assert.Equal((4, 4, 4), (score.Strict.Correct, score.Strict.Predicted, score.Strict.Gold));
        Assert.Equal(100, score.ValueAccuracy);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void TheScorerSeparatesStrictRelaxedAndValue()
    {
        var doc = new TimeMlDocument("d", new DateOnly(2015, 11, 30), "It ended late last year.", new[] { new TimeMlTimex(9, 23, "DATE", "2014", null) });
        var scorer = new TimeMlScorer();
        scorer.Add(doc, new[] { new DateMention("last year", 14, 23, "DATE", "2013") });
        var score = scorer.Score("t");
        Assert.Equal((0, 1), (score.Strict.Correct, score.Relaxed.Correct));
        Assert.Equal((100, 0), (score.TypeAccuracy, score.ValueAccuracy));
        Assert.Contains(scorer.Errors, e => e.Kind == "extent");
        Assert.Contains(scorer.Errors, e => e.Kind == "value");
    }
}
