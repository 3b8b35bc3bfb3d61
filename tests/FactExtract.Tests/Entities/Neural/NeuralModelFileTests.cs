using FactExtract.Entities;
using FactExtract.Entities.Neural;

namespace FactExtract.Tests.Entities.Neural;

public class NeuralModelFileTests
{
    [Fact]
    public void RoundTripKeepsEveryWeight()
    {
        var model = RandomNeuralModel.Create(4);
        var read = NeuralModelFile.Read(new MemoryStream(RandomNeuralModel.Bytes(model)), "mem");
        Assert.Equal(model.Words, read.Words);
        Assert.Equal(model.Vectors, read.Vectors);
        Assert.Equal(model.Forward.Recurrent, read.Forward.Recurrent);
        Assert.Equal(model.Backward.Input, read.Backward.Input);
        Assert.Equal(model.Transitions, read.Transitions);
        Assert.Equal(model.Labels.Tags, read.Labels.Tags);
        Assert.Equal(model.Description, read.Description);
    }

    [Fact]
    public void DamagedFilesAreRefusedWithTheReason()
    {
        var bytes = RandomNeuralModel.Bytes(RandomNeuralModel.Create(4));
        var flipped = (byte[])bytes.Clone();
        flipped[^10] ^= 0x40;
        Assert.Contains("checksum", Assert.Throws<InvalidDataException>(() => NeuralModelFile.Read(new MemoryStream(flipped), "m.bin")).Message);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => NeuralModelFile.Read(new MemoryStream(bytes[..^100]), "m.bin")).Message);
        Assert.Contains("magic", Assert.Throws<InvalidDataException>(() => NeuralModelFile.Read(new MemoryStream("{\"not\":1}"u8.ToArray()), "m.bin")).Message);
        var future = (byte[])bytes.Clone();
        future[8] = 99;
        Assert.Contains("version 99", Assert.Throws<InvalidDataException>(() => NeuralModelFile.Read(new MemoryStream(future), "m.bin")).Message);
    }

    [Fact]
    public void BuiltInAccurateModelLoadsAndCoversTheOntoNotesTypes()
    {
        var model = BuiltInModel.Accurate;
        Assert.Equal(18, model.Labels.Types.Length);
        Assert.Contains("ORG", model.Labels.Types);
        Assert.True(model.Words.Length > 50_000);
    }
}
