namespace FactExtract.Training.MLNet;

/// <summary>The tool's exit codes, the same as the factextract tool's.</summary>
internal static class ToolExit
{
    public const int Success = 0;

    public const int BadUsage = 2;
}
