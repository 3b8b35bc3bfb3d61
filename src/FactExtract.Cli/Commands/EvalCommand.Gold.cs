namespace FactExtract.Cli.Commands;

internal static partial class EvalCommand
{
    internal static int RunGold(string goldPath, string? predictionPath, bool json, TextWriter stdout, TextWriter stderr) => NotAvailable("eval --gold", stderr);
}
