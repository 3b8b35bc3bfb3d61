using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Training;

namespace FactExtract.Training.Tests.Entities;

public class PerceptronTrainingTests
{
    [Fact]
    public void TinySampleIsLearned()
    {
        var scores = NerEvaluation.Score(TinyModel.Model, TinyModel.Sample);
        Assert.True(scores.Overall.F1 >= 95.0, $"train F1 {scores.Overall.F1:F2}");
        Assert.Contains(scores.Types, t => t.Type == "ORG" && t.Gold > 0);
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        var sentences = TinyModel.Sample;
        var labels = NerLabels.FromTags(sentences.SelectMany(s => s.Tags));
        var a = new PerceptronTrainer(TinyModel.Options with { Epochs = 2 }, TextWriter.Null).Train(new TrainingSet(sentences, labels), sentences);
        var b = new PerceptronTrainer(TinyModel.Options with { Epochs = 2 }, TextWriter.Null).Train(new TrainingSet(sentences, labels), sentences);
        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Rows.Buckets(), b.Rows.Buckets());
    }

    [Fact]
    public void AnEnsembleScoresWithTheMeanOfItsMembersWeights()
    {
        var sentences = TinyModel.Sample;
        var labels = NerLabels.FromTags(sentences.SelectMany(s => s.Tags));
        var options = TinyModel.Options with { Epochs = 3 };
        var first = new PerceptronTrainer(options, TextWriter.Null).Train(new TrainingSet(sentences, labels), sentences);
        var second = new PerceptronTrainer(options with { Seed = options.Seed + 1 }, TextWriter.Null).Train(new TrainingSet(sentences, labels), sentences);
        var both = new PerceptronTrainer(options with { Ensemble = 2 }, TextWriter.Null).Train(new TrainingSet(sentences, labels), sentences);

        Assert.StartsWith("mean of 2 averaged perceptrons", both.Description);
        Assert.True(NerEvaluation.Score(both, sentences).Overall.F1 >= 95.0);
        // Each feature's weights are the mean of the members' (compared in real units: each model has its own scale).
        var bucket = both.Rows.Buckets().First(b => first.Rows.Buckets().Contains(b) && second.Rows.Buckets().Contains(b));
        for (int k = 0; k < labels.Count; k++)
        {
            float expected = (Weight(first, bucket, k) + Weight(second, bucket, k)) / 2;
            Assert.Equal(expected, Weight(both, bucket, k), 0.01f);
        }
    }

    [Fact]
    public void BeamTrainingLearnsTheSampleDeterministically()
    {
        var sentences = TinyModel.Sample;
        var labels = NerLabels.FromTags(sentences.SelectMany(s => s.Tags));
        var options = TinyModel.Options with { TrainBeam = 3 };
        var a = new PerceptronTrainer(options, TextWriter.Null).Train(new TrainingSet(sentences, labels), sentences);
        var b = new PerceptronTrainer(options, TextWriter.Null).Train(new TrainingSet(sentences, labels), sentences);
        Assert.Contains("beam of 3", a.Description);
        Assert.True(NerEvaluation.Score(a, sentences, beam: 3).Overall.F1 >= 95.0);
        Assert.Equal(a.Weights, b.Weights);
    }

    private static float Weight(NerModel model, int bucket, int tag)
    {
        int row = model.Rows.Buckets().ToList().IndexOf(bucket);
        return model.Weights[row * model.Labels.Count + tag] * model.Scale;
    }

    [Fact]
    public void TaggerReadsUnseenNamesFromContext()
    {
        // "Kestrel Group" never occurs in the sample; its shape and the frame around it do.
        var sentence = ConllReader.Read(new StringReader("Kestrel\nGroup\nhired\nAna\nSilva\nas\nchief\nexecutive\n.\n"))[0];
        var tags = NerEvaluation.Tag(TinyModel.Model, sentence, new TaggerScratch());
        Assert.Equal("B-PERSON", tags[3]);
        Assert.Equal("I-PERSON", tags[4]);
    }
}
