using FactExtract.Entities;
using FactExtract.Training;
using FactExtract.Training.MLNet;

namespace FactExtract.Training.Tests.Entities;

public class MaxEntAgreementTests
{
    [Fact]
    public void OwnScorerAgreesWithMlNetPredictions()
    {
        const float l2 = 0.1f;
        var sentences = TinyModel.Sample;
        var set = new TrainingSet(sentences, NerLabels.FromTags(sentences.SelectMany(s => s.Tags)));
        var options = new TrainingOptions { HashBits = 14, MaxEntIterations = 40, L2 = l2 };
        var fit = new MaxEntTrainer(options, TextWriter.Null).Fit(set);

        var examples = MaxEntTrainer.Examples(set, options.HashBits).ToArray();
        var mlNet = fit.Predict(examples);
        Assert.Equal(set.TokenCount, mlNet.Length);

        var model = fit.Model;
        var scores = new int[model.Labels.Count];
        var features = new uint[NerFeatures.MaxStatic + NerFeatures.DynamicCount];
        int agree = 0;
        for (int i = 0; i < examples.Length; i++)
        {
            // The sparse vector's indices are buckets with counts; scoring each bucket count times is what the tagger does.
            int n = 0;
            foreach (var (index, value) in examples[i].Features.Items())
                for (int c = 0; c < (int)value; c++) features[n++] = (uint)index;
            model.Bias.CopyTo(scores, 0);
            model.AddScores(features.AsSpan(0, n), scores);
            int own = Array.IndexOf(scores, scores.Max());
            if (own == mlNet[i]) agree++;
        }

        Assert.True(examples.Length == agree, $"agree {agree}; ml {string.Join(",", mlNet.Take(20))} own {string.Join(",", examples.Take(20).Select(e => Own(model, e)))} gold {string.Join(",", set.Gold.Take(20))}");
        int right = mlNet.Zip(set.Gold).Count(p => p.First == p.Second);
        Assert.True(right > 0.9 * examples.Length, $"ML.NET train accuracy {right}/{examples.Length}; own {agree}; first {string.Join(",", mlNet.Take(20))} gold {string.Join(",", set.Gold.Take(20))}");
    }

    private static int Own(NerModel model, MaxEntExample example)
    {
        var scores = (int[])model.Bias.Clone();
        foreach (var (index, value) in example.Features.Items())
            for (int c = 0; c < (int)value; c++) model.AddScores(new[] { (uint)index }, scores);
        return Array.IndexOf(scores, scores.Max());
    }
}
