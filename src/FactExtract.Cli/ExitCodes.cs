namespace FactExtract.Cli;

/// <summary>The contract's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeDocumentsFailed = 1;
    public const int BadUsage = 2;

    /// <summary>The run itself failed (output not writable, an internal error outside any one document); what was written stays valid for <c>--resume</c>.</summary>
    public const int RunFailed = 3;
}
