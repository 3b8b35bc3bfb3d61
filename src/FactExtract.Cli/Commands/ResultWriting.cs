using FactExtract.Cli.Output;
using FactExtract.Output;
using FactExtract.Pipeline;

namespace FactExtract.Cli.Commands;

/// <summary>
/// What <c>extract</c> does with each result of a local batch: the output serialises it on its worker (JSON Lines),
/// then, in order, it is counted and written, or a failure is reported on standard error and in the errors file.
/// </summary>
internal sealed class ResultWriting(ResultSink sink, ErrorLog? errors, BatchStats stats, TextWriter stderr) : IBatchConsumer<PooledJsonLine>
{
    public PooledJsonLine Prepare(BatchResult result) => result.Result is { } r ? sink.Prepare(r) : default;

    public void Write(BatchResult result, PooledJsonLine prepared)
    {
        stats.Add(result);
        if (result.Result is { } r)
        {
            sink.Write(r, prepared);
            return;
        }

        lock (stderr) stderr.WriteLine($"error: {result.Id}: {result.Error}");
        errors?.Write(result.Id, result.Error!);
    }
}
