namespace FactExtract.Cli.Tests;

/// <summary>A test that needs Linux (mkfifo, /dev): runs there, is reported as skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux (mkfifo and /dev/null)";
    }
}
