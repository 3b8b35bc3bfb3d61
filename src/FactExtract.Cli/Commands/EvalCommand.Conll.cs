namespace FactExtract.Cli.Commands;

internal static partial class EvalCommand
{
    internal static int RunConll(string goldPath, string? predictionPath, string? modelPath, bool json, TextWriter stdout, TextWriter stderr) => NotAvailable("eval --conll", stderr);
}
