using FactExtract.Quotes;
using FactExtract.Training;
using FactExtract.Training.MLNet;

namespace FactExtract.Training.Tests.Quotes;

/// <summary>
/// The quote stage scores ML.NET's logistic regressions with its own code: on a small hand-made
/// sample (hand-written news sentences, hand-labelled), the project's scorer must give the same
/// yes/no as ML.NET's own predictions, and the same score.
/// </summary>
public class QuoteModelAgreementTests
{
    // Each text, and the quoted spans in it that are real quotations (the rest are scare quotes or titles).
    private static readonly (string Text, string[] Quotations)[] Sample =
    {
        ("“We will not back down,” the mayor said on Monday. The plan has been called “reckless” by critics.", new[] { "“We will not back down,”" }),
        ("Hugh Hill, a doctor, said: “The clinic is full every night.”", new[] { "“The clinic is full every night.”" }),
        ("The company refused to install “back doors” in its servers, citing “serious concerns.”", new[] { "“serious concerns.”" }),
        ("She appeared on ABC’s “This Week” and said the race was “far from over.”", new[] { "“far from over.”" }),
        ("“It’s gutless leadership,” Warren said. “You should resign.”", new[] { "“It’s gutless leadership,”", "“You should resign.”" }),
        ("The band played “American Skin” before the senator spoke.", Array.Empty<string>()),
        ("“I have no regrets,” said Rep. Ann Cole (D-Ohio). “None at all.”", new[] { "“I have no regrets,”", "“None at all.”" }),
        ("Critics mocked the “Never Trump” movement as the party gathered in Cleveland.", Array.Empty<string>()),
        ("According to the governor, “the budget is balanced and the schools are open.”", new[] { "“the budget is balanced and the schools are open.”" }),
        ("The “wise Latina” remark followed her for years, the editorial said.", Array.Empty<string>()),
    };

    private static (List<QuotesExample> Quotations, List<QuotesExample> Speakers) Examples()
    {
        var quotations = new List<QuotesExample>();
        var speakers = new List<QuotesExample>();
        foreach (var (text, real) in Sample)
        {
            var trace = new QuoteTrace();
            QuoteFinder.Find(text, Array.Empty<EntityMention>(), new List<Quotation>(), QuoteModel.Shipped, QuoteFinderOptions.Rules, trace);
            foreach (var row in trace.Quotations)
                quotations.Add(new QuotesExample { Features = row.Features, Label = real.Contains(text[row.Start..row.End]) });
            foreach (var row in trace.Speakers)
                speakers.Add(new QuotesExample { Features = row.Features, Label = row.RuleChoice });
        }

        return (quotations, speakers);
    }

    [Fact]
    public void OwnScorerAgreesWithMlNetOnQuotations()
    {
        var (quotations, _) = Examples();
        Assert.True(quotations.Count >= 15, $"only {quotations.Count} quoted spans traced");
        Assert.Contains(quotations, e => e.Label);
        Assert.Contains(quotations, e => !e.Label);
        AssertAgrees(quotations, QuotationFeatures.Count, (m, f) => m.ScoreQuotation(f));
    }

    [Fact]
    public void OwnScorerAgreesWithMlNetOnSpeakerCandidates()
    {
        var (_, speakers) = Examples();
        Assert.True(speakers.Count >= 8, $"only {speakers.Count} speaker candidates traced");
        AssertAgrees(speakers, SpeakerFeatures.Count, (m, f) => m.ScoreSpeaker(f));
    }

    [Fact]
    public void ShippedWeightsHaveOneWeightPerFeature()
    {
        Assert.Equal(QuotationFeatures.Count, QuoteModel.Shipped.FilterWeights.Length);
        Assert.Equal(SpeakerFeatures.Count, QuoteModel.Shipped.RankerWeights.Length);
        Assert.Contains(QuoteModel.Shipped.FilterWeights.ToArray(), w => w != 0);
    }

    private delegate float Score(QuoteModel model, ReadOnlySpan<float> features);

    private static void AssertAgrees(List<QuotesExample> examples, int featureCount, Score score)
    {
        var fit = QuotesTrainer.Fit(examples, featureCount, l2: 0.1f, seed: 1);
        var zeros = new float[QuotationFeatures.Count + SpeakerFeatures.Count];
        var model = featureCount == QuotationFeatures.Count
            ? new QuoteModel(fit.Weights, fit.Bias, zeros.AsSpan(0, SpeakerFeatures.Count), 0)
            : new QuoteModel(zeros.AsSpan(0, QuotationFeatures.Count), 0, fit.Weights, fit.Bias);
        var predictions = fit.Predict(examples);
        Assert.Equal(examples.Count, predictions.Length);
        for (int i = 0; i < examples.Count; i++)
        {
            float own = score(model, examples[i].Features);
            Assert.Equal(predictions[i].PredictedLabel, own > 0);
            Assert.Equal(predictions[i].Score, own, 3);
        }

        // The model learnt the sample (a sanity check that the comparison is not between two empty models).
        Assert.True(predictions.Count(p => p.PredictedLabel) > 0);
    }
}
