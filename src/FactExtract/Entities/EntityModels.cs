using FactExtract.Entities.Neural;

namespace FactExtract.Entities;

/// <summary>Turns a choice of entity model into an <see cref="IEntityTagger"/>: a built-in model or a file.</summary>
internal static class EntityModels
{
    /// <param name="model">The built-in model asked for.</param>
    /// <param name="file">A model file, which overrides <paramref name="model"/>; null for a built-in one.</param>
    /// <param name="beamWidth">The linear model's beam; above 1 it selects the beam-trained linear model.</param>
    public static IEntityTagger Create(EntityModel model, string? file, int beamWidth)
    {
        if (file is not null) return FromFile(file, beamWidth);
        if (beamWidth > 1 || model == EntityModel.Fast)
            return new LinearEntityTagger(BuiltInModel.For(beamWidth), beamWidth);
        return new NeuralEntityTagger(BuiltInModel.Accurate);
    }

    /// <summary>Reads a model file of either kind, told apart by its magic number.</summary>
    /// <exception cref="InvalidDataException">The file is not a sound model.</exception>
    public static IEntityTagger FromFile(string path, int beamWidth = 1)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[8];
        int read = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        file.Position = 0;
        if (NeuralModelFile.IsNeuralModel(magic[..read])) return new NeuralEntityTagger(NeuralModelFile.Read(file, path));
        return new LinearEntityTagger(NerModelFile.Read(file, path), beamWidth);
    }
}
