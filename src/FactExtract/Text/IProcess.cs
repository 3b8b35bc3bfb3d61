namespace FactExtract.Text;

/// <summary>One pipeline stage (Catalyst's <c>IProcess</c>): reads what earlier stages wrote, adds its own layer.</summary>
internal interface IProcess
{
    void Process(AnalyzedDocument document, CancellationToken cancellationToken);
}
