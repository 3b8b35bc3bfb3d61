namespace FactExtract;

/// <summary>How an extractor trades speed for accuracy. The defaults are the fastest settings.</summary>
/// <example>
/// <code>
/// // Slower named-entity recognition that keeps four candidate tag sequences per sentence.
/// var extractor = FactExtractor.Create(new ExtractorOptions { EntityBeamWidth = 4 });
/// </code>
/// </example>
public sealed record ExtractorOptions
{
    private readonly int _entityBeamWidth = 1;

    /// <summary>
    /// How many tag sequences named-entity recognition keeps per sentence while decoding. The default, 1, decodes greedily
    /// with the model trained for greedy decoding, and is fastest. Above 1, the library's second model, trained with beam
    /// search, is decoded with a beam of this width: more accurate and slower. OntoNotes 5.0 dev F1 is 80.35 greedy,
    /// 82.25 with 2 and 83.13 with 4, at about 1.6× and 2.4× the tagging time (see the model card). Must be 1 to 16.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The width is below 1 or above 16.</exception>
    public int EntityBeamWidth
    {
        get => _entityBeamWidth;
        init => _entityBeamWidth = value is >= 1 and <= 16 ? value : throw new ArgumentOutOfRangeException(nameof(EntityBeamWidth), value, "the beam width must be 1 to 16");
    }
}
