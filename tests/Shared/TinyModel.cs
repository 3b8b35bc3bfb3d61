using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Training;

namespace FactExtract.TestSupport;

/// <summary>The hand-written tiny CoNLL sample and a perceptron model trained on it (small hash space, a second or less).</summary>
internal static class TinyModel
{
    public static string SamplePath => TestPaths.TestData(Path.Combine("ner", "tiny.conll"));

    public static List<ConllSentence> Sample => ConllReader.Read(SamplePath);

    public static readonly TrainingOptions Options = new() { Epochs = 8, HashBits = 16, Prune = 0f, Ensemble = 1 };

    private static readonly Lazy<NerModel> Trained = new(() =>
    {
        var sentences = Sample;
        var set = new TrainingSet(sentences, NerLabels.FromTags(sentences.SelectMany(s => s.Tags)));
        return new PerceptronTrainer(Options, TextWriter.Null).Train(set, sentences);
    });

    public static NerModel Model => Trained.Value;
}
