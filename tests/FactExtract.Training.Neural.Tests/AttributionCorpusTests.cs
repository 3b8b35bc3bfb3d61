namespace FactExtract.Training.Neural.Tests;

/// <summary>The attribution tagger's training data, written from a PolNeAR-style folder (the hand-written brat sample).</summary>
public class AttributionCorpusTests
{
    [Fact]
    public void TokensAreTaggedByTheSpanTheyStartIn()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "brat");
        var output = Path.Combine(Directory.CreateTempSubdirectory("fx-attr-corpus-").FullName, "train.conll");
        try
        {
            Assert.Equal(0, AttributionCorpus.Write(folder, output, TextWriter.Null));
            var lines = File.ReadAllLines(output);
            Assert.Equal("-DOCSTART-\tO", lines[0]);
            var rows = lines.Where(l => l.Contains('\t') && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();
            // The first annotator (b2): “We will fight these cuts in court,” said Mayor Ellen Price.
            Assert.Contains(rows, r => r[0] == "said" && r[1] == "B-CUE");
            Assert.Contains(rows, r => r[0] == "Mayor" && r[1] == "B-SRC");
            Assert.Contains(rows, r => r[0] == "Price" && r[1] == "I-SRC");
            Assert.Contains(rows, r => r[0] == "fight" && r[1] == "I-CNT");
            Assert.All(rows, r => Assert.Matches("^(O|[BI]-(CUE|SRC|CNT))$", r[1]));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }
}
