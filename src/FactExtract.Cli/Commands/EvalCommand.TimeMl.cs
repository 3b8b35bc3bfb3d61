namespace FactExtract.Cli.Commands;

internal static partial class EvalCommand
{
    internal static int RunTimeMl(string path, bool json, TextWriter stdout, TextWriter stderr) => NotAvailable("eval --timeml", stderr);
}
