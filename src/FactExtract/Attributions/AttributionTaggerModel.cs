using FactExtract.Entities.Neural;

namespace FactExtract.Attributions;

/// <summary>The built-in attribution tagger (<see cref="AttributionModel.Accurate"/>): a neural model in the entity models' format whose tags are CUE, SRC and CNT.</summary>
internal static class AttributionTaggerModel
{
    private const string ResourceName = "FactExtract.Attributions.Model.attributions-neural.bin";

    private static readonly Lazy<NeuralNerModel> BuiltIn = new(() =>
    {
        using var stream = typeof(AttributionTaggerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the built-in attribution model ({ResourceName}) is missing from the assembly");
        return Check(NeuralModelFile.Read(stream, "built-in attribution model"), "built-in attribution model");
    });

    public static NeuralNerModel Shipped => BuiltIn.Value;

    /// <summary>The model, if its tags are the attribution tagger's (a name model in its place is refused).</summary>
    public static NeuralNerModel Check(NeuralNerModel model, string name)
    {
        foreach (var type in new[] { "CUE", "SRC", "CNT" })
            if (Array.IndexOf(model.Labels.Types, type) < 0)
                throw new InvalidDataException($"{name}: not an attribution model (no {type} tag)");
        return model;
    }
}
