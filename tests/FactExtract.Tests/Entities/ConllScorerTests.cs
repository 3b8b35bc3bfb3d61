using FactExtract.Evaluation;

namespace FactExtract.Tests.Entities;

public class ConllScorerTests
{
    [Fact]
    public void ChunksFollowConllevalRules()
    {
        // An I- after O starts an entity; a type change ends one; B- after I- splits.
        var chunks = ConllScorer.Chunks(new[] { "I-ORG", "I-ORG", "O", "B-PER", "I-LOC", "B-LOC", "I-LOC", "B-LOC" });
        Assert.Equal(new[] { (0, 2, "ORG"), (3, 4, "PER"), (4, 5, "LOC"), (5, 7, "LOC"), (7, 8, "LOC") }, chunks);
    }

    [Fact]
    public void EntityMustMatchExactlyToCount()
    {
        var scorer = new ConllScorer();
        scorer.Add(new[] { "B-ORG", "I-ORG", "O", "B-PER" }, new[] { "B-ORG", "O", "O", "B-PER" });
        var scores = scorer.Scores();
        Assert.Equal(1, scores.Overall.Correct);
        Assert.Equal(2, scores.Overall.Predicted);
        Assert.Equal(2, scores.Overall.Gold);
        Assert.Equal(50.0, scores.Overall.F1, 6);
        var org = scores.Types.Single(t => t.Type == "ORG");
        Assert.Equal(0, org.Correct);
        Assert.Equal(100.0, scores.Types.Single(t => t.Type == "PER").F1, 6);
    }
}
