using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>Named-entity recognition over the sentences. No model is shipped yet, so it adds nothing.</summary>
internal sealed class EntityRecognizer : IProcess
{
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
    }
}
