using System.Text.Json;
using FactExtract.Cli.Commands;
using FactExtract.Training;

namespace FactExtract.Cli.Tests.Entities;

public class NerCommandTests
{
    private static NerChoice File(string path, int beam = 1) => new(EntityModel.Accurate, path, beam);

    [Fact]
    public void TrainTagAndEvalRoundTrip()
    {
        var dir = Directory.CreateTempSubdirectory("fx-ner-");
        try
        {
            var model = Path.Combine(dir.FullName, "tiny.bin");
            var trainOut = new StringWriter();
            int rc = TrainCommand.Run(TinyModel.SamplePath, TinyModel.SamplePath, model, TinyModel.Options, trainOut, new StringWriter());
            Assert.Equal(0, rc);
            Assert.Contains("epoch 1:", trainOut.ToString());
            Assert.True(System.IO.File.Exists(model));

            var tagged = new StringWriter();
            Assert.Equal(0, TagCommand.Run(TinyModel.SamplePath, File(model), tagged, new StringWriter()));
            var inputLines = System.IO.File.ReadAllLines(TinyModel.SamplePath).Where(l => l.Length > 0).ToArray();
            var outputLines = tagged.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
            Assert.Equal(inputLines.Length, outputLines.Length);
            for (int i = 0; i < inputLines.Length; i++) Assert.StartsWith(inputLines[i] + "\t", outputLines[i]);
            Assert.Equal("-DOCSTART-\t-X-\tO\tO", outputLines[0]);

            var predictionPath = Path.Combine(dir.FullName, "tagged.conll");
            System.IO.File.WriteAllText(predictionPath, tagged.ToString());
            var fromFile = new StringWriter();
            Assert.Equal(0, EvalCommand.RunConll(TinyModel.SamplePath, predictionPath, NerChoice.Default, true, fromFile, new StringWriter()));
            var fromModel = new StringWriter();
            Assert.Equal(0, EvalCommand.RunConll(TinyModel.SamplePath, null, File(model), true, fromModel, new StringWriter()));
            Assert.Equal(fromFile.ToString(), fromModel.ToString());
            using var json = JsonDocument.Parse(fromModel.ToString());
            Assert.True(json.RootElement.GetProperty("overall").GetProperty("f1").GetDouble() >= 95.0);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void TagAndEvalWithABeamAgree()
    {
        var dir = Directory.CreateTempSubdirectory("fx-ner-beam-");
        try
        {
            var model = Path.Combine(dir.FullName, "tiny.bin");
            Assert.Equal(0, TrainCommand.Run(TinyModel.SamplePath, TinyModel.SamplePath, model, TinyModel.Options, new StringWriter(), new StringWriter()));
            var tagged = new StringWriter();
            Assert.Equal(0, TagCommand.Run(TinyModel.SamplePath, File(model, 3), tagged, new StringWriter()));
            var predictionPath = Path.Combine(dir.FullName, "tagged.conll");
            System.IO.File.WriteAllText(predictionPath, tagged.ToString());
            var fromFile = new StringWriter();
            Assert.Equal(0, EvalCommand.RunConll(TinyModel.SamplePath, predictionPath, NerChoice.Default, true, fromFile, new StringWriter()));
            var fromModel = new StringWriter();
            Assert.Equal(0, EvalCommand.RunConll(TinyModel.SamplePath, null, File(model, 3), true, fromModel, new StringWriter()));
            Assert.Equal(fromFile.ToString(), fromModel.ToString());

            var stderr = new StringWriter();
            Assert.Equal(2, TagCommand.Run(TinyModel.SamplePath, File(model, 0), new StringWriter(), stderr));
            Assert.Contains("--ner-beam", stderr.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void MissingInputIsBadUsage()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, TagCommand.Run("no-such-file.conll", NerChoice.Default, new StringWriter(), stderr));
        Assert.Contains("no-such-file.conll", stderr.ToString());
    }
}
