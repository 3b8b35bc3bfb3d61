using System.Text.Json;
using FactExtract.Cli.Commands;
using FactExtract.Entities.Neural;

namespace FactExtract.Cli.Tests.Entities.Neural;

/// <summary>The two operating points and model files, chosen from the library and from the CLI.</summary>
public class EntityModelChoiceTests
{
    private const string Article = "Apple and Microsoft said on Monday that Tim Cook would visit Berlin. \"We are ready,\" said Satya Nadella, Microsoft's chief executive.";

    private static string[] Orgs(ExtractionResult r) => r.Entities.Where(e => e.Label == "ORG").Select(e => e.Text).ToArray();

    [Fact]
    public void BothBuiltInModelsRunFromTheLibrary()
    {
        var accurate = FactExtractor.CreateDefault().Extract(Article);
        var fast = FactExtractor.Create(new ExtractorOptions { Entities = EntityModel.Fast }).Extract(Article);
        Assert.Contains("Apple", Orgs(accurate));
        Assert.Contains("Microsoft", Orgs(accurate));
        Assert.Contains("Apple", Orgs(fast));
        foreach (var r in new[] { accurate, fast })
            foreach (var e in r.Entities) Assert.Equal(e.Text, Article[e.Start..e.End]);
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void BothBuiltInModelsRunFromTheCli(string ner)
    {
        var path = Path.GetTempFileName() + ".txt";
        File.WriteAllText(path, Article);
        try
        {
            var stdout = new StringWriter();
            int rc = FactExtract.Cli.CliApp.Run(["extract", path, "--ner", ner], stdout, new StringWriter());
            Assert.Equal(0, rc);
            using var json = JsonDocument.Parse(stdout.ToString());
            var orgs = json.RootElement.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("label").GetString() == "ORG").Select(e => e.GetProperty("text").GetString()).ToArray();
            Assert.Contains("Apple", orgs);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ExtractUsesAModelFile()
    {
        var dir = Directory.CreateTempSubdirectory("fx-model-");
        try
        {
            var model = Path.Combine(dir.FullName, "random.bin");
            var random = RandomNeuralModel.Create(11);
            using (var file = File.Create(model)) NeuralModelFile.Write(random, file);
            var input = Path.Combine(dir.FullName, "a.txt");
            File.WriteAllText(input, Article);

            var viaLibrary = FactExtractor.Create(new ExtractorOptions { EntityModelFile = model }).Extract(new Document("a", Article));
            var stdout = new StringWriter();
            Assert.Equal(0, FactExtract.Cli.CliApp.Run(["extract", input, "--model", model], stdout, new StringWriter()));
            using var json = JsonDocument.Parse(stdout.ToString());
            var cliEntities = json.RootElement.GetProperty("entities").EnumerateArray().Select(e => (e.GetProperty("text").GetString(), e.GetProperty("label").GetString())).ToArray();
            Assert.Equal(viaLibrary.Entities.Select(e => ((string?)e.Text, (string?)e.Label)).ToArray(), cliEntities);
            // The random model's names are not the built-in model's: the file was really used.
            var builtIn = FactExtractor.CreateDefault().Extract(Article);
            Assert.NotEqual(builtIn.Entities.Select(e => (e.Text, e.Label)), viaLibrary.Entities.Select(e => (e.Text, e.Label)));

            var stderr = new StringWriter();
            File.WriteAllText(model, "garbage");
            Assert.Equal(2, FactExtract.Cli.CliApp.Run(["extract", input, "--model", model], new StringWriter(), stderr));
            Assert.Contains("random.bin", stderr.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
