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
