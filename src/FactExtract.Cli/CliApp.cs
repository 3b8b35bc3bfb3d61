using System.CommandLine;
using FactExtract.Cli.Commands;

namespace FactExtract.Cli;

/// <summary>The <c>factextract</c> command tree, built once for the process and for tests that run the real parser.</summary>
internal static class CliApp
{
    public static RootCommand Create() => new("factextract: organisations, dates and quotations from English news text.")
    {
        ExtractCommand.Create(),
        TagCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
        RenderCommand.Create(),
        ReportCommand.Create(),
        SiloCommand.Create(),
    };

    /// <summary>Runs a command line with the given output and error writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // System.CommandLine's own handler turns an unhandled exception into exit code 1, the code for "some documents
        // failed"; a crash of the run itself gets the contract's own code instead.
        try
        {
            var parse = Create().Parse(args);
            // A value the parser refuses ("--ner bogus") is bad usage, the contract's 2 (System.CommandLine would give 1).
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
                stderr.WriteLine("(see factextract --help, or COMMAND --help)");
                return ExitCodes.BadUsage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            stderr.WriteLine($"error: the run failed: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.RunFailed;
        }
    }
}
