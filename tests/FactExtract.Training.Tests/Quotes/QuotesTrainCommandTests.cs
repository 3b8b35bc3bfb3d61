namespace FactExtract.Training.Tests.Quotes;

/// <summary><c>factextract train-quotes</c> on hand-written mini compartments.</summary>
public class QuotesTrainCommandTests
{
    private static string Folder => TestPaths.TestData(Path.Combine("quotes", "brat"));

    [Fact]
    public void TrainsComparesAndWritesTheWeightsTable()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var output = Path.Combine(Path.GetTempPath(), $"factextract-weights-{Guid.NewGuid():N}.cs");
        try
        {
            int rc = FactExtract.Training.MLNet.QuotesTrainCommand.Run(Folder, Folder, output, 1f, 1, stdout, stderr);
            Assert.True(rc == 0, stderr.ToString());
            Assert.Contains("own scorer agrees on 2/2", stdout.ToString());
            Assert.Contains("learned ranker", stdout.ToString());
            var written = File.ReadAllText(output);
            Assert.Contains("internal static class QuoteModelWeights", written);
            Assert.Contains("public const float FilterThreshold", written);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void ACompartmentWithoutQuotationsIsABadUsageNotACrash()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"factextract-quiet-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "text"));
            Directory.CreateDirectory(Path.Combine(folder, "attributions"));
            File.WriteAllText(Path.Combine(folder, "text", "quiet.txt"), "The council met on Monday and adjourned.\n");
            File.WriteAllText(Path.Combine(folder, "attributions", "quiet_a1.ann"), "");
            var stderr = new StringWriter();
            int rc = FactExtract.Training.MLNet.QuotesTrainCommand.Run(folder, null, null, 1f, 1, TextWriter.Null, stderr);
            Assert.Equal(2, rc);
            Assert.Contains("too little to learn from", stderr.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
