namespace FactExtract.Entities;

/// <summary>The NER model shipped inside the library, read from its embedded resource on first use and then shared (it is immutable).</summary>
internal static class BuiltInModel
{
    public const string ResourceName = "FactExtract.Entities.Model.ner-ontonotes.bin";

    private static readonly Lazy<NerModel> Model = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static NerModel Instance => Model.Value;

    private static NerModel Load()
    {
        using var stream = typeof(BuiltInModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the built-in NER model ({ResourceName}) is missing from the assembly");
        return NerModelFile.Read(stream, "built-in NER model");
    }
}
