using FactExtract.Entities.Neural;

namespace FactExtract.Entities;

/// <summary>Turns the options' choice of entity model into an <see cref="IEntityTagger"/>: a built-in model or a file.</summary>
internal static class EntityModels
{
    public static IEntityTagger Create(ExtractorOptions options)
    {
        if (options.EntityModelFile is { } path) return FromFile(path, options.EntityBeamWidth);
        if (options.EntityBeamWidth > 1 || options.Entities == EntityModel.Fast)
            return new LinearEntityTagger(BuiltInModel.For(options.EntityBeamWidth), options.EntityBeamWidth);
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
