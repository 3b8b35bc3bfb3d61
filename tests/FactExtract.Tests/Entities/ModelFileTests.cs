using FactExtract.Cli.Commands;
using FactExtract.Entities;

namespace FactExtract.Tests.Entities;

public class ModelFileTests
{
    [Fact]
    public void ModelSurvivesWriteAndRead()
    {
        var model = TinyModel.Model;
        var stream = new MemoryStream();
        NerModelFile.Write(model, stream);
        stream.Position = 0;
        var read = NerModelFile.Read(stream, "memory");
        Assert.Equal(model.Labels.Tags, read.Labels.Tags);
        Assert.Equal(model.Rows.Buckets(), read.Rows.Buckets());
        Assert.Equal(model.Weights, read.Weights);
        Assert.Equal(model.Bias, read.Bias);
        Assert.Equal(model.Trainer, read.Trainer);
    }

    [Fact]
    public void DamagedModelIsRejectedWithAClearMessage()
    {
        var stream = new MemoryStream();
        NerModelFile.Write(TinyModel.Model, stream);
        var bytes = stream.ToArray();
        bytes[bytes.Length / 2] ^= 0x5A;
        var error = Assert.Throws<InvalidDataException>(() => NerModelFile.Read(new MemoryStream(bytes), "damaged.bin"));
        Assert.Contains("damaged.bin", error.Message);
        Assert.Contains("checksum", error.Message);

        var truncated = Assert.Throws<InvalidDataException>(() => NerModelFile.Read(new MemoryStream(bytes[..(bytes.Length - 10)]), "short.bin"));
        Assert.Contains("truncated", truncated.Message);
    }

    [Theory]
    [InlineData(4, "(BILOU tags) is not supported any more")]
    [InlineData(2, "format version 2 is not supported")]
    [InlineData(5, "format version 5 is not supported")]
    public void AnotherFormatVersionIsRefusedByName(int version, string expected)
    {
        var stream = new MemoryStream();
        NerModelFile.Write(TinyModel.Model, stream);
        var bytes = stream.ToArray();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), version);
        var error = Assert.Throws<InvalidDataException>(() => NerModelFile.Read(new MemoryStream(bytes), "old.bin"));
        Assert.StartsWith("old.bin: ", error.Message);
        Assert.Contains(expected, error.Message);
    }

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

    [Fact]
    public void BuiltInModelLoadsAndCoversAllOntoNotesTypes()
    {
        var model = BuiltInModel.Instance;
        Assert.Equal(18, model.Labels.Types.Length);
        Assert.Contains("ORG", model.Labels.Types);
        Assert.Contains("DATE", model.Labels.Types);
    }
}
