using FactExtract.Cli.Commands;
using FactExtract.Entities;

namespace FactExtract.Cli.Tests.Entities;

/// <summary><c>train</c> and <c>tag</c> refusing options and files they do not take.</summary>
public class ModelFileCommandTests
{
    [Theory]
    [InlineData("--tags", "bilou")]
    [InlineData("--update", "max-violation")]
    [InlineData("--trainer", "sdca")]
    public void DroppedTrainingOptionsAreRefused(string option, string value)
    {
        var stderr = new StringWriter();
        int rc = FactExtract.Cli.CliApp.Run(["train", "--train", TinyModel.SamplePath, "--out", "unused.bin", option, value], new StringWriter(), stderr);
        Assert.NotEqual(0, rc);
        Assert.Contains(option == "--trainer" ? value : option, stderr.ToString());
    }

    [Fact]
    public void ForeignFileIsRejectedByTheCliWithExitCode2()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"this\": \"is not a model\"}");
            var stderr = new StringWriter();
            int rc = TagCommand.Run(TinyModel.SamplePath, new NerChoice(EntityModel.Fast, path, 1), new StringWriter(), stderr);
            Assert.Equal(2, rc);
            Assert.Contains("not a FactExtract NER model", stderr.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
