using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Dates;

/// <summary>Finds and normalises temporal expressions. Not built yet: adds nothing.</summary>
internal sealed class DateTagger : IProcess
{
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
    }
}
