namespace FactExtract;

/// <summary>How an extractor trades speed for accuracy. The defaults are the most accurate settings.</summary>
/// <example>
/// <code>
/// // The fast linear entity model, for bulk runs.
/// var fast = FactExtractor.Create(new ExtractorOptions { Entities = EntityModel.Fast });
/// // A model trained with `factextract train`.
/// var custom = FactExtractor.Create(new ExtractorOptions { EntityModelFile = "my-model.bin" });
/// </code>
/// </example>
public sealed record ExtractorOptions
{
    private readonly int _entityBeamWidth = 1;

    /// <summary>
    /// How many tag sequences the linear (<see cref="EntityModel.Fast"/>) entity model keeps per sentence while decoding.
    /// The default, 1, decodes greedily with the model trained for greedy decoding, and is fastest. Above 1, the linear
    /// model trained with beam search is decoded with a beam of this width: more accurate and slower. OntoNotes 5.0 dev
    /// F1 is 80.35 greedy, 82.25 with 2 and 83.13 with 4 (see the model card). A width above 1 selects the linear model
    /// whatever <see cref="Entities"/> says (the neural model decodes exactly, with Viterbi). Must be 1 to 16.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The width is below 1 or above 16.</exception>
    public int EntityBeamWidth
    {
        get => _entityBeamWidth;
        init => _entityBeamWidth = value is >= 1 and <= 16 ? value : throw new ArgumentOutOfRangeException(nameof(EntityBeamWidth), value, "the beam width must be 1 to 16");
    }

    /// <summary>Which built-in entity model tags names: <see cref="EntityModel.Accurate"/> (the default) or <see cref="EntityModel.Fast"/>.</summary>
    public EntityModel Entities { get; init; } = EntityModel.Accurate;

    /// <summary>
    /// A model file to use instead of the built-in ones: made by <c>factextract train</c> (linear) or by the neural
    /// trainer's <c>export</c>. Read when the extractor is created, which throws <see cref="InvalidDataException"/> for a
    /// file that is not a sound model.
    /// </summary>
    public string? EntityModelFile { get; init; }

    /// <summary>
    /// How reported speech is found: <see cref="AttributionModel.Accurate"/> (the attribution tagger: PolNeAR dev content
    /// F1 72.2 against 63.7, a second, smaller neural pass over the text) or <see cref="AttributionModel.Rules"/> (fast).
    /// Null, the default, follows the entity model: the tagger with the accurate one, the rules with the fast one (or a
    /// beam above 1).
    /// </summary>
    public AttributionModel? Attributions { get; init; }

    /// <summary>The attribution model these options come to (<see cref="Attributions"/>, or the one that follows the entity model).</summary>
    internal AttributionModel AttributionsInEffect =>
        Attributions ?? (Entities == EntityModel.Accurate && EntityBeamWidth == 1 ? AttributionModel.Accurate : AttributionModel.Rules);
}
