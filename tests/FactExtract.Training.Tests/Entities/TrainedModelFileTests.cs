using FactExtract.Entities;
using FactExtract.Entities.Neural;

namespace FactExtract.Training.Tests.Entities;

/// <summary>The model file format, on a model trained on the tiny sample.</summary>
public class TrainedModelFileTests
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

    [Fact]
    public void ModelFilesOfEitherKindLoadByTheirMagicNumber()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, RandomNeuralModel.Bytes(RandomNeuralModel.Create(4)));
            Assert.IsType<NeuralEntityTagger>(EntityModels.FromFile(path));
            NerModelFile.Write(TinyModel.Model, path);
            Assert.IsType<LinearEntityTagger>(EntityModels.FromFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
