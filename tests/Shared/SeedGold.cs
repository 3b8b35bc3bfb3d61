using FactExtract.Evaluation;

namespace FactExtract.TestSupport;

/// <summary>The seed's gold file, copied next to the test assembly from corpora/seed/ (no ../shared needed).</summary>
internal static class SeedGold
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "corpora", "seed", "000_0247617bfd7dbdd2.gold.json");

    public static ExtractionResult Load() => GoldFileReader.Load(Path);
}
