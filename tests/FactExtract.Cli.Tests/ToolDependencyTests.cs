using System.Reflection;
using FactExtract.Cli;

namespace FactExtract.Cli.Tests;

/// <summary>The factextract tool and the library ship no training framework: ML.NET and TorchSharp stay in the trainers.</summary>
public class ToolDependencyTests
{
    [Fact]
    public void NeitherTheToolNorTheLibraryReferenceATrainingFramework()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<AssemblyName>([typeof(CliApp).Assembly.GetName()]);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name.Name!) || !name.Name!.StartsWith("FactExtract", StringComparison.Ordinal)) continue;
            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies()) pending.Push(reference);
        }

        Assert.Contains("FactExtract", seen);
        Assert.Contains("FactExtract.Training", seen);
        Assert.DoesNotContain(seen, n => n.StartsWith("Microsoft.ML", StringComparison.Ordinal) || n.StartsWith("TorchSharp", StringComparison.Ordinal));
    }
}
