using System.CommandLine;

namespace FactExtract.Cli.Commands;

/// <summary><c>factextract tag</c> (not built yet).</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var command = new Command("tag", "Not available in this build yet.");
        command.SetAction(parse => EvalCommand.NotAvailable("tag", parse.InvocationConfiguration.Error));
        return command;
    }
}
