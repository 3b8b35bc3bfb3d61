using FactExtract.Text;

namespace FactExtract.Dates;

/// <summary>
/// The date stage's working lists, kept from one document to the next (see <see cref="AnalyzedDocument.Scratch{T}"/>):
/// the token list alone is about a fifth of the text's length, and growing it again for every article was a fifth of
/// the pipeline's allocation. <see cref="DateTagger"/> clears each before use.
/// </summary>
internal sealed class DateScratch
{
    public List<DateToken> Tokens { get; } = new();

    public List<TimexMatch> Matches { get; } = new();

    public List<int> Comparisons { get; } = new();
}
