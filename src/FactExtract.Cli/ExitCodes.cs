namespace FactExtract.Cli;

/// <summary>The contract's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeDocumentsFailed = 1;
    public const int BadUsage = 2;
}
