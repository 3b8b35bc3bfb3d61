using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using FactExtract.Input;
using FactExtract.Output;
using FactExtract.Pipeline;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Benchmarks;

/// <summary>
/// The whole pipeline over <see cref="BenchmarkText.Articles"/>, on one core, with either entity model: <c>Extract</c> document by document, and the
/// batch API with one worker (its channels and ordering overhead included), and the CLI's batch path with one worker
/// (results serialised to JSON Lines on the worker and written in order). Extra columns give tokens/s and MB/s.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PipelineBenchmarks
{
    private FactExtractor _extractor = null!;
    private Document[] _documents = null!;
    private InputItem[] _items = null!;

    /// <summary>How many times one operation goes through the articles: 1 shows a batch's start-up cost, 20 the streaming rate.</summary>
    [Params(1, 20)]
    public int Passes { get; set; }

    /// <summary>The entity model: the two operating points.</summary>
    [Params(EntityModel.Accurate, EntityModel.Fast)]
    public EntityModel Model { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _extractor = FactExtractor.Create(new ExtractorOptions { Entities = Model });
        _documents = Enumerable.Range(0, Passes)
            .SelectMany(p => BenchmarkText.Articles.Select((t, i) => new Document($"p{p}a{i}", t)))
            .ToArray();
        _items = _documents.Select(d => new InputItem(d.Id, d, null)).ToArray();
    }

    [Benchmark]
    public int Extract()
    {
        int found = 0;
        foreach (var d in _documents) found += _extractor.Extract(d).Entities.Count;
        return found;
    }

    [Benchmark]
    public async Task<int> ExtractAllAsyncOneWorker()
    {
        int found = 0;
        await foreach (var r in _extractor.ExtractAllAsync(_documents, new BatchOptions { MaxDegreeOfParallelism = 1 }))
            found += r.Result!.Entities.Count;
        return found;
    }

    [Benchmark]
    public long ExtractAllToJsonLinesOneWorker()
    {
        var output = new JsonLinesToMemory();
        _extractor.ExtractAll(_items, new BatchOptions { MaxDegreeOfParallelism = 1 }, output, CancellationToken.None);
        return output.Bytes;
    }

    // What `factextract extract --format jsonl` does with each result, into memory instead of a file.
    private sealed class JsonLinesToMemory : IBatchConsumer<PooledJsonLine>
    {
        private readonly MemoryStream _stream = new();

        public long Bytes { get; private set; }

        public PooledJsonLine Prepare(BatchResult result) => PooledJsonLine.Encode(result.Result!);

        public void Write(BatchResult result, PooledJsonLine prepared)
        {
            _stream.SetLength(0);
            _stream.Write(prepared.Span);
            Bytes += _stream.Length;
            prepared.Return();
        }
    }

    /// <summary>The work of one operation, measured once in the host process for the throughput columns.</summary>
    private static class Workload
    {
        public static readonly long Tokens = BenchmarkText.Articles.Sum(t =>
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(t, tokens);
            return (long)tokens.Count;
        });

        public static readonly long Bytes = BenchmarkText.Articles.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            // On a shared machine the minimum is the steadiest figure of a short job: other processes only add time.
            AddColumn(StatisticColumn.Min, StatisticColumn.Median);
            AddColumn(new PerSecondColumn("Tokens/s", () => Workload.Tokens, 1));
            AddColumn(new PerSecondColumn("MB/s", () => Workload.Bytes, 1e6));
            HideColumns(Column.Ratio, Column.RatioSD, Column.AllocRatio);
        }
    }

    private sealed class PerSecondColumn(string name, Func<long> perOperation, double unit) : IColumn
    {
        public string Id => nameof(PerSecondColumn) + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"{name} over {BenchmarkText.Source}, from the mean time of one operation (one core)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is not > 0) return "-";
            int passes = benchmarkCase.Parameters["Passes"] is int p ? p : 1;
            double perSecond = perOperation() * passes / unit / (mean.Value / 1e9);
            return perSecond.ToString(unit == 1 ? "N0" : "N1", CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
