namespace FactExtract.Benchmarks;

/// <summary>
/// Real news text for the benchmarks: the PolNeAR dev articles from ../shared/corpora when present
/// (research-licensed, never copied into the repository), otherwise the seed article.
/// </summary>
internal static class BenchmarkText
{
    // Declared before Articles: static initializers run in text order, and Load() sets Source.
    public static string Source { get; private set; } = "";

    public static IReadOnlyList<string> Articles { get; } = Load();

    private static IReadOnlyList<string> Load()
    {
        var root = FindRepositoryRoot();
        if (root is not null)
        {
            var dev = Path.Combine(root, "..", "shared", "corpora", "polnear", "dev", "text");
            if (Directory.Exists(dev))
            {
                Source = "PolNeAR dev (84 articles)";
                return Directory.GetFiles(dev, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
            }
        }

        Source = "seed article";
        return new[] { File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_0247617bfd7dbdd2.txt")) };
    }

    internal static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactExtract.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactExtract.sln"))) return dir.FullName;
        return null;
    }
}
