using System.CommandLine;
using FactExtract.Cli;
using FactExtract.Cli.Commands;

var root = new RootCommand("factextract: organisations, dates and quotations from English news text.")
{
    ExtractCommand.Create(),
    TagCommand.Create(),
    TrainCommand.Create(),
    QuotesTrainCommand.Create(),
    EvalCommand.Create(),
    RenderCommand.Create(),
    SiloCommand.Create(),
    SiloCommand.CreateClusterExtract(),
};

// System.CommandLine's own handler turns an unhandled exception into exit code 1, the code for "some documents
// failed"; a crash of the run itself gets the contract's own code instead.
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    Console.Error.WriteLine($"error: the run failed: {ex.GetType().Name}: {ex.Message}");
    return ExitCodes.RunFailed;
}
