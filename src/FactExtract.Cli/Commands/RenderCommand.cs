using System.CommandLine;

namespace FactExtract.Cli.Commands;

/// <summary><c>factextract render</c> (not built yet).</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var command = new Command("render", "Not available in this build yet.");
        command.SetAction(parse => EvalCommand.NotAvailable("render", parse.InvocationConfiguration.Error));
        return command;
    }
}
