using System.Diagnostics;
using System.Text;

namespace FactExtract.Tests.Robustness;

/// <summary>Timing tests run alone: other tests on the same cores would make one size look slower than the other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}

/// <summary>
/// Run time grows linearly with one document's size (issue 20): 8× the text may take at most 12× the time, measured
/// against each other in one run (no absolute timeout, so a slow or busy machine does not fail it).
/// </summary>
[Collection(TimingCollection.Name)]
public class LinearTimeTests
{
    private const int Growth = 8;
    private const double MaxRatio = 12;

    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    // Before canonical names were joined per distinct name, the joining (every PERSON/ORG mention against every other)
    // took 4 ms at 100 KB of this text and 271 ms at 800 KB, 64x, and the whole pipeline 12.7x to 13.1x.
    [Fact]
    public void RepeatedNewsTextTakesLinearTime()
    {
        var seed = TestPaths.SeedText;
        string Of(int bytes)
        {
            var b = new StringBuilder(bytes + seed.Length);
            while (b.Length < bytes) b.Append(seed).Append("\n\n");
            return b.ToString();
        }

        AssertLinear(Of(100 * 1024), Of(Growth * 100 * 1024), runs: 3);
    }

    [Fact]
    public void StraightQuoteMarksInOneParagraphTakeLinearTime() =>
        AssertLinear("Smith said " + new string('"', 12_500) + " today.", "Smith said " + new string('"', Growth * 12_500) + " today.", runs: 3);

    [Fact]
    public void ManyShortQuotationsInOneParagraphTakeLinearTime()
    {
        static string Of(int n) => "Smith said: " + string.Concat(Enumerable.Repeat("\"yes\" and ", n)) + "that was all.";

        AssertLinear(Of(2_000), Of(Growth * 2_000), runs: 3);
    }

    [Fact]
    public void PronounSpeakersAfterManyOrganisationsTakeLinearTime()
    {
        // Each "he" is resolved to the nearest person before it, and there is none: the search must not walk back
        // over every organisation named so far. The quotation stage alone (on its own name finding): the entity
        // stage is measured by the tests above, and this text is about the speaker search.
        static string Of(int n)
        {
            var b = new StringBuilder();
            for (int k = 0; k < n; k++)
                b.Append("Acme Corp. and Globex Inc. reported results on Monday. \u201CSales rose,\u201D he said.\n\n");
            return b.ToString();
        }

        static void Quotes(string text)
        {
            var quotes = new List<Quotation>();
            FactExtract.Quotes.QuoteFinder.Find(text, Array.Empty<EntityMention>(), quotes);
            Assert.NotEmpty(quotes);
        }

        AssertLinear(Of(1_000), Of(Growth * 1_000), runs: 3, Quotes);
    }

    [Fact]
    public void ManyReportedStatementsAndQuotationsTakeLinearTime()
    {
        // Every paragraph has a quotation and a reported statement: each content used to look for its quotations from
        // the document's first one. The attribution stage alone is timed, over documents the earlier stages (with the
        // fast entity model) annotated beforehand.
        static string Of(int n)
        {
            var b = new StringBuilder();
            for (int k = 0; k < n; k++)
                b.Append("Mayor Linda Shaw said that the council would vote on the budget next week. \u201CWe are ready,\u201D she said.\n\n");
            return b.ToString();
        }

        var fast = FactExtractor.Create(new ExtractorOptions { Entities = EntityModel.Fast });
        var annotated = new Dictionary<string, FactExtract.Text.AnalyzedDocument>();
        foreach (var text in new[] { Of(4_000), Of(Growth * 4_000) })
        {
            var doc = fast.Analyze(new Document("t", text), CancellationToken.None);
            Assert.NotEmpty(doc.Attributions);
            annotated[text] = doc;
        }

        var stage = new FactExtract.Attributions.AttributionFinder();
        AssertLinear(Of(4_000), Of(Growth * 4_000), runs: 3, text =>
        {
            var doc = annotated[text];
            doc.Attributions.Clear();
            stage.Process(doc, CancellationToken.None);
        });
    }

    private static void AssertLinear(string small, string large, int runs) => AssertLinear(small, large, runs, text =>
    {
        var result = Extractor.Extract(text);
        Assert.True(result.Succeeded, result.Error);
    });

    /// <summary>
    /// Fails when the large text takes more than <see cref="MaxRatio"/> times the small one's time. A quadratic cost
    /// shows in every measurement, a busy machine in some: up to three measurements are made, and one in bounds passes.
    /// </summary>
    internal static void AssertLinear(string small, string large, int runs, Action<string> run)
    {
        // The first calls pay for loading the model, compiling, and growing the reused buffers to each size.
        run(small);
        run(large);
        var seen = new List<string>();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            // The small text is timed Growth times in a row, so both timings are of one size and a millisecond's
            // noise weighs the same on each.
            double tSmall = Fastest(small, runs, run, Growth) / Growth, tLarge = Fastest(large, runs, run, 1);
            double ratio = tLarge / tSmall;
            if (ratio <= MaxRatio) return;
            seen.Add($"{ratio:F1}x ({tSmall:F1} ms -> {tLarge:F1} ms)");
        }

        Assert.Fail($"{Growth}x the text took more than {MaxRatio}x the time in every measurement: {string.Join(", ", seen)}");
    }

    // The fastest of a few runs of `times` calls each: the least disturbed by the garbage collector and by other processes.
    internal static double Fastest(string text, int runs, Action<string> run, int times)
    {
        double best = double.MaxValue;
        for (int r = 0; r < runs; r++)
        {
            // Each run starts from a collected heap: the garbage the run before left is not this run's cost.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            for (int k = 0; k < times; k++) run(text);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
