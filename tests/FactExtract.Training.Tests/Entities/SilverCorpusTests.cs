using FactExtract.Entities;
using FactExtract.Text;
using FactExtract.Tokenization;
using FactExtract.Training;

namespace FactExtract.Training.Tests.Entities;

/// <summary><c>train --silver</c>: raw articles tagged by the accurate (neural) model become extra training sentences for the fast one.</summary>
public class SilverCorpusTests
{
    [Fact]
    public void TheSeedArticleBecomesOneDocumentTaggedByTheAccurateModel()
    {
        var teacher = EntityModels.Create(EntityModel.Accurate, null, 1);

        var sentences = SilverCorpus.Tag([TestPaths.Seed], teacher, TextWriter.Null);

        Assert.True(sentences[0].IsDocStart);
        Assert.Single(sentences, s => s.IsDocStart);
        var document = new AnalyzedDocument(new Document("seed", TestPaths.SeedText));
        new Tokenizer().Process(document, CancellationToken.None);
        new SentenceSplitter().Process(document, CancellationToken.None);
        Assert.Equal(document.Sentences.Count, sentences.Count - 1);
        Assert.Equal(document.Tokens.Count, sentences.Sum(s => s.IsDocStart ? 0 : s.Words.Length));

        // Well-formed BIO: an I- tag continues a name of its own type.
        foreach (var sentence in sentences.Where(s => !s.IsDocStart))
            for (int i = 0; i < sentence.Tags.Length; i++)
                if (sentence.Tags[i].StartsWith("I-", StringComparison.Ordinal))
                    Assert.True(i > 0 && sentence.Tags[i - 1].EndsWith(sentence.Tags[i][1..], StringComparison.Ordinal), string.Join(' ', sentence.Lines));

        var tagged = sentences.SelectMany(s => s.Words.Zip(s.Tags)).ToArray();
        Assert.Contains(("Motherboard", "B-ORG"), tagged);
        Assert.Contains(("Pakistan", "B-GPE"), tagged);
    }
}
