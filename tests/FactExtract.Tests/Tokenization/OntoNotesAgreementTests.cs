using Xunit.Abstractions;

namespace FactExtract.Tests.Tokenization;

/// <summary>Agreement with Penn Treebank tokens: always on hand-written sentences, and on OntoNotes 5 dev when ../shared has it.</summary>
public sealed class OntoNotesAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void ReproducesHandWrittenTreebankSentences()
    {
        var sentences = TreebankAgreement.ReadConll(File.ReadLines(TestPaths.TestData("tokenization/ptb-sample.conll"))).ToList();
        var result = TreebankAgreement.Measure(sentences, keepDifferences: 10);
        foreach (var d in result.Differences) output.WriteLine($"{d.Text}\n  gold: {d.Gold}\n  ours: {d.Predicted}");
        Assert.Equal(10, result.Sentences);
        Assert.Equal(result.Sentences, result.IdenticalSentences);
    }

    [Fact]
    public void AgreesWithOntoNotesDevTokensWhenTheCorpusIsPresent()
    {
        string dev = Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "corpora", "ontonotes5", "dev.conll");
        var sentences = File.Exists(dev)
            ? TreebankAgreement.ReadConll(File.ReadLines(dev)).ToList()
            : TreebankAgreement.ReadConll(File.ReadLines(TestPaths.TestData("tokenization/ptb-sample.conll"))).ToList();
        var result = TreebankAgreement.Measure(sentences);
        output.WriteLine($"{(File.Exists(dev) ? "OntoNotes dev" : "sample")}: {result.Sentences} sentences, token P {result.Precision:P2} R {result.Recall:P2} F1 {result.F1:P2}, identical sentences {result.SentenceAccuracy:P2}");
        Assert.True(result.F1 >= 0.98, $"token F1 {result.F1:P2}");
    }

    [Fact]
    public void FindsTreebankSentenceBoundariesInRunningText()
    {
        string dev = Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "corpora", "ontonotes5", "dev.conll");
        var documents = File.Exists(dev)
            ? TreebankAgreement.ReadConllDocuments(File.ReadLines(dev)).ToList()
            : TreebankAgreement.ReadConllDocuments(File.ReadLines(TestPaths.TestData("tokenization/ptb-sample.conll"))).ToList();
        var result = TreebankAgreement.MeasureSentences(documents);
        output.WriteLine($"{(File.Exists(dev) ? "OntoNotes dev" : "sample")}: {result.GoldBoundaries} boundaries, P {result.Precision:P2} R {result.Recall:P2} F1 {result.F1:P2}");
        Assert.True(result.Precision >= 0.95, $"boundary precision {result.Precision:P2}");
        // Transcribed speech (bc, tc) has few sentence marks, so recall over all genres stays lower.
        Assert.True(result.Recall >= (File.Exists(dev) ? 0.70 : 1.0), $"boundary recall {result.Recall:P2}");
    }
}
