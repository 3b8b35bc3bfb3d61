using FactExtract.Quotes;

namespace FactExtract.Attributions;

/// <summary>The attribution stage's working lists, kept from one document to the next; cleared before use.</summary>
internal sealed class AttributionScratch
{
    /// <summary>The words of one sentence.</summary>
    public List<Word> Words { get; } = new();

    /// <summary>The reported (indirect and mixed) attributions found so far.</summary>
    public List<AttributionMention> Reported { get; } = new();

    /// <summary>The article's PERSON and ORG entities by start.</summary>
    public List<EntityMention> Names { get; } = new();

    /// <summary>Which quotations a mixed content took in.</summary>
    public List<bool> Absorbed { get; } = new();
}
