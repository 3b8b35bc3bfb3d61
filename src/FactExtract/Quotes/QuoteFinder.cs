using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Quotes;

/// <summary>Finds quotations and attributes them to speakers. Not built yet: adds nothing.</summary>
internal sealed class QuoteFinder : IProcess
{
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
    }
}
