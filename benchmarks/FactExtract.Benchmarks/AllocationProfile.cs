using System.Diagnostics.Tracing;

namespace FactExtract.Benchmarks;

/// <summary>
/// Which types the whole pipeline allocates, not only how much (BenchmarkDotNet's memory diagnoser gives the total):
/// runs <see cref="FactExtractor.Extract(Document, CancellationToken)"/> over <see cref="BenchmarkText.Articles"/>
/// and counts the runtime's allocation samples (one event per ~100 KB allocated, naming the type that crossed the
/// mark), so a type's share of the samples is about its share of the bytes.
/// <c>dotnet run -c Release --project benchmarks/FactExtract.Benchmarks -- --allocations [PASSES]</c>; run it with
/// <c>DOTNET_TieredCompilation=0</c> in the environment to see what the CLI (which runs with tiered compilation off,
/// so without the escape analysis that dynamic PGO enables) allocates.
/// </summary>
internal static class AllocationProfile
{
    public static void Run(int passes)
    {
        var articles = BenchmarkText.Articles.Select((text, i) => new Document($"a{i}", text) { ReferenceDate = new DateOnly(2016, 1, 1) }).ToArray();
        var extractor = FactExtractor.CreateDefault();
        for (int warm = 0; warm < 3; warm++) Pass(extractor, articles);

        using var samples = new AllocationSamples();
        int gen0 = GC.CollectionCount(0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int p = 0; p < passes; p++) Pass(extractor, articles);
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        int collections = GC.CollectionCount(0) - gen0;
        var counts = samples.Stop();

        Console.WriteLine($"{BenchmarkText.Source}, {passes} passes, tiered compilation {(Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") == "0" ? "off" : "as configured")}");
        Console.WriteLine($"{bytes / (double)passes / 1e6:F2} MB allocated per pass, {collections} gen-0 collections in {passes} passes");
        long total = counts.Values.Sum();
        Console.WriteLine($"{"samples",8} {"share",6}  type");
        foreach (var (type, n) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(30))
            Console.WriteLine($"{n,8} {100.0 * n / Math.Max(total, 1),5:F1}%  {type}");
    }

    private static void Pass(FactExtractor extractor, Document[] articles)
    {
        foreach (var d in articles) extractor.Extract(d);
    }

    // GCAllocationTick events of the runtime's own event source (GC keyword, verbose level), counted by type name.
    private sealed class AllocationSamples : EventListener
    {
        private readonly Dictionary<string, long> _byType = new(StringComparer.Ordinal);
        private volatile bool _stopped;

        public Dictionary<string, long> Stop()
        {
            _stopped = true;
            lock (_byType) return new Dictionary<string, long>(_byType, StringComparer.Ordinal);
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (_stopped || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null || e.PayloadNames is null) return;
            int at = e.PayloadNames.IndexOf("TypeName");
            if (at < 0 || e.Payload[at] is not string type) return;
            lock (_byType) _byType[type] = _byType.GetValueOrDefault(type) + 1;
        }
    }
}
