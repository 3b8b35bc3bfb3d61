using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Training;

namespace FactExtract.Tests.Entities;

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
    public void TaggerReadsUnseenNamesFromContext()
    {
        // "Kestrel Group" never occurs in the sample; its shape and the frame around it do.
        var sentence = ConllReader.Read(new StringReader("Kestrel\nGroup\nhired\nAna\nSilva\nas\nchief\nexecutive\n.\n"))[0];
        var tags = NerEvaluation.Tag(TinyModel.Model, sentence, new TaggerScratch());
        Assert.Equal("B-PERSON", tags[3]);
        Assert.Equal("I-PERSON", tags[4]);
    }
}
