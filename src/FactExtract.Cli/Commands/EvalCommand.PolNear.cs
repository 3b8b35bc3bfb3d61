namespace FactExtract.Cli.Commands;

internal static partial class EvalCommand
{
    internal static int RunPolNear(string folder, bool json, TextWriter stdout, TextWriter stderr) => NotAvailable("eval --polnear", stderr);
}
