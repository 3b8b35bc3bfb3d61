using System.Reflection;
using System.Runtime.CompilerServices;

namespace FactExtract.Tests.Architecture;

/// <summary>
/// Who may see the library's internals. The hosts (the CLI, the cluster) and the evaluation project use its public API
/// only; besides tests and benchmarks, only the unshipped training projects still reach inside (they build the models'
/// internal types).
/// </summary>
public class InternalsAccessTests
{
    private static readonly string[] ToolsStillInside =
        ["FactExtract.Training", "FactExtract.Training.MLNet", "FactExtract.Training.Neural"];

    [Fact]
    public void OnlyTestsBenchmarksAndTheTrainingToolsSeeTheLibrarysInternals()
    {
        var friends = typeof(FactExtractor).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();
        Assert.NotEmpty(friends);
        Assert.DoesNotContain("FactExtract.Cli", friends);
        Assert.DoesNotContain("FactExtract.Cluster", friends);
        Assert.DoesNotContain("FactExtract.Evaluation", friends);
        Assert.All(friends, f => Assert.True(
            f.EndsWith(".Tests", StringComparison.Ordinal) || f.EndsWith(".Benchmarks", StringComparison.Ordinal) || ToolsStillInside.Contains(f),
            $"{f} sees the library's internals"));
    }
}
