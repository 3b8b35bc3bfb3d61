using BenchmarkDotNet.Attributes;
using FactExtract.Quotes;

namespace FactExtract.Benchmarks;

/// <summary>
/// Quotation finding and speaker attribution alone (the QuoteFinder stage), over real news text:
/// the PolNeAR dev articles when ../shared is present, else the seed. Throughput = total characters / mean time.
/// <see cref="FindAndAttribute"/> runs without entities (the stage's own fallback names only);
/// <see cref="FindAndAttributeWithEntities"/> with the NER stage's entities of each article, as in the pipeline.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private IReadOnlyList<string> _articles = Array.Empty<string>();
    private IReadOnlyList<EntityMention[]> _entities = Array.Empty<EntityMention[]>();
    private readonly List<Quotation> _output = new();

    /// <summary>Total characters of the articles, for MB/s: divide by the mean time.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkText.Articles;
        Characters = _articles.Sum(a => (long)a.Length);
        var extractor = FactExtractor.CreateDefault();
        _entities = _articles.Select(a => extractor.Analyze(new Document("bench", a), CancellationToken.None).Entities.ToArray()).ToArray();
        Console.WriteLine($"// QuoteBenchmarks: {_articles.Count} articles, {Characters} characters");
    }

    [Benchmark]
    public int FindAndAttribute()
    {
        int n = 0;
        foreach (var text in _articles)
        {
            _output.Clear();
            QuoteFinder.Find(text, Array.Empty<EntityMention>(), _output);
            n += _output.Count;
        }

        return n;
    }

    [Benchmark]
    public int FindAndAttributeWithEntities()
    {
        int n = 0;
        for (int k = 0; k < _articles.Count; k++)
        {
            _output.Clear();
            QuoteFinder.Find(_articles[k], _entities[k], _output);
            n += _output.Count;
        }

        return n;
    }
}
