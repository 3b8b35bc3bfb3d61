namespace FactExtract.TestSupport;

/// <summary>Where the tests find their inputs. Everything here works on a fresh clone without ../shared.</summary>
internal static class TestPaths
{
    /// <summary>The seed article, copied next to the test assembly from the repository's seeds/ folder.</summary>
    public static string Seed => Path.Combine(AppContext.BaseDirectory, "seeds", "000_0247617bfd7dbdd2.txt");

    public static string SeedText => File.ReadAllText(Seed);

    /// <summary>A file from tests/FactExtract.Tests/TestData (copied to the output folder of every test project that imports tests/Shared/TestSupport.props).</summary>
    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>The repository root (the folder holding FactExtract.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "FactExtract.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("FactExtract.sln not found above the test assembly");
        }
    }
}
