using System.CommandLine;

namespace FactExtract.Cli.Commands;

/// <summary><c>factextract train</c> (not built yet).</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Not available in this build yet.");
        command.SetAction(parse => EvalCommand.NotAvailable("train", parse.InvocationConfiguration.Error));
        return command;
    }
}
