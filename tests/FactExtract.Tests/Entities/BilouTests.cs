using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Training;

namespace FactExtract.Tests.Entities;

/// <summary>The BILOU tag scheme (<c>train --tags bilou</c>): encoding, decoding to spans, training and the model file.</summary>
public class BilouTests
{
    private static readonly NerLabels Labels = new(new[] { "PERSON", "ORG" }, bilou: true);

    private static int Tag(string tag) => Labels.IndexOf(tag);

    [Fact]
    public void BioTagsBecomeBilou()
    {
        // "Tom Becker met Ana at Maple Motors Group ." — a two-word name, a one-word name, a three-word name.
        var bio = new[] { "B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O" };
        var expected = new[] { "B-PERSON", "L-PERSON", "O", "U-PERSON", "O", "B-ORG", "I-ORG", "L-ORG", "O" };
        Assert.Equal(expected.Select(Tag), Labels.Encode(bio));
    }

    [Fact]
    public void IobOneAndAdjacentNamesAreSplitWhereTheTypeOrTheBTagSaysSo()
    {
        // IOB1 starts a name with I-; a B- right after a name of the same type starts a second name.
        var bio = new[] { "I-ORG", "I-ORG", "B-ORG", "I-PERSON" };
        Assert.Equal(new[] { Tag("B-ORG"), Tag("L-ORG"), Tag("U-ORG"), Tag("U-PERSON") }, Labels.Encode(bio));
    }

    [Fact]
    public void SpansCloseAfterLastAndUnitTags()
    {
        var tags = new[] { Tag("B-PERSON"), Tag("L-PERSON"), Tag("U-PERSON"), Tag("O"), Tag("B-ORG"), Tag("I-ORG"), Tag("L-ORG"), Tag("L-ORG") };
        var spans = new List<(int First, int End, int Tag)>();
        BioSpans.Collect(Labels, tags, 10, spans);
        // The stray L-ORG after a finished name starts a name of its own.
        Assert.Equal(new[] { (10, 12), (12, 13), (14, 17), (17, 18) }, spans.Select(s => (s.First, s.End)));
        Assert.Equal(new[] { "PERSON", "PERSON", "ORG", "ORG" }, spans.Select(s => Labels.TypeName(s.Tag)));
        Assert.Equal(new[] { "B-PERSON", "I-PERSON", "B-PERSON", "O" }, tags[..4].Select(Labels.BioTag));
    }

    [Fact]
    public void DecodingNeverContinuesAFinishedName()
    {
        Assert.False(Labels.Allowed(Tag("U-ORG"), Tag("I-ORG")));
        Assert.False(Labels.Allowed(Tag("L-ORG"), Tag("L-ORG")));
        Assert.False(Labels.Allowed(Tag("B-PERSON"), Tag("I-ORG")));
        Assert.True(Labels.Allowed(Tag("B-ORG"), Tag("L-ORG")));
        Assert.True(Labels.Allowed(Tag("I-ORG"), Tag("I-ORG")));
        Assert.True(Labels.Allowed(-1, Tag("U-PERSON")));
    }

    [Fact]
    public void ABilouModelLearnsTheSampleAndSurvivesItsFile()
    {
        var sentences = TinyModel.Sample;
        var labels = NerLabels.FromTags(sentences.SelectMany(s => s.Tags), bilou: true);
        var model = new PerceptronTrainer(TinyModel.Options, TextWriter.Null).Train(new TrainingSet(sentences, labels), sentences);
        Assert.True(NerEvaluation.Score(model, sentences).Overall.F1 >= 95.0);

        var stream = new MemoryStream();
        NerModelFile.Write(model, stream);
        stream.Position = 0;
        var read = NerModelFile.Read(stream, "memory");
        Assert.True(read.Labels.Bilou);
        Assert.Equal(model.Labels.Tags, read.Labels.Tags);
        Assert.Equal(NerEvaluation.Score(model, sentences).Overall.F1, NerEvaluation.Score(read, sentences).Overall.F1);
    }
}
