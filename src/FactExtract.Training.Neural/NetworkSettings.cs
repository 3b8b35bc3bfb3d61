namespace FactExtract.Training.Neural;

/// <summary>The network's sizes and regularisation: what the model card's frontier varies.</summary>
internal sealed record NetworkSettings
{
    public int Hidden { get; init; } = 128;

    public int CharDimensions { get; init; } = 30;

    public int CharFilters { get; init; } = 50;

    public int ShapeDimensions { get; init; } = 16;

    public double Dropout { get; init; } = 0.5;

    /// <summary>Stacked BiLSTM layers. The library runs one; more is a training-side experiment that <c>export</c> refuses.</summary>
    public int Layers { get; init; } = 1;
}
