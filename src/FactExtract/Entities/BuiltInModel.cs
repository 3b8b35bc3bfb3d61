namespace FactExtract.Entities;

/// <summary>
/// The NER models shipped inside the library, each read from its embedded resource on first use and then shared (they
/// are immutable): <see cref="Instance"/>, trained for greedy decoding (the fast default), and <see cref="Beam"/>,
/// trained with beam search, for beam decoding (<see cref="ExtractorOptions.EntityBeamWidth"/> above 1).
/// </summary>
internal static class BuiltInModel
{
    public const string ResourceName = "FactExtract.Entities.Model.ner-ontonotes.bin";

    public const string BeamResourceName = "FactExtract.Entities.Model.ner-ontonotes-beam.bin";

    public const string NeuralResourceName = "FactExtract.Entities.Model.ner-ontonotes-neural.bin";

    private static readonly Lazy<Neural.NeuralNerModel> NeuralModel = new(LoadNeural, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<NerModel> Greedy = new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<NerModel> BeamTrained = new(() => Load(BeamResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model for greedy decoding.</summary>
    public static NerModel Instance => Greedy.Value;

    /// <summary>The model trained with beam search (early update), for beam decoding.</summary>
    public static NerModel Beam => BeamTrained.Value;

    /// <summary>The accurate model: the BiLSTM-CRF (<see cref="EntityModel.Accurate"/>).</summary>
    public static Neural.NeuralNerModel Accurate => NeuralModel.Value;

    /// <summary>The model made for a beam of <paramref name="width"/> (1 = greedy).</summary>
    public static NerModel For(int width) => width > 1 ? Beam : Instance;

    private static Neural.NeuralNerModel LoadNeural()
    {
        using var stream = typeof(BuiltInModel).Assembly.GetManifestResourceStream(NeuralResourceName)
            ?? throw new InvalidOperationException($"the built-in neural NER model ({NeuralResourceName}) is missing from the assembly");
        return FactExtract.Entities.Neural.NeuralModelFile.Read(stream, "built-in neural NER model");
    }

    private static NerModel Load(string resource)
    {
        using var stream = typeof(BuiltInModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the built-in NER model ({resource}) is missing from the assembly");
        return NerModelFile.Read(stream, "built-in NER model");
    }
}
