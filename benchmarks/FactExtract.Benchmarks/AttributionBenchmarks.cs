using BenchmarkDotNet.Attributes;
using FactExtract.Attributions;
using FactExtract.Quotes;
using FactExtract.Text;

namespace FactExtract.Benchmarks;

/// <summary>
/// The attribution stage alone (<see cref="AttributionFinder"/>), over real news text: the PolNeAR dev articles when
/// ../shared is present, else the seed. Each article is analysed once by the fast pipeline in the setup, so the stage
/// reads the sentences, entities, quotations and the quote stage's name index it reads in a run. Set against
/// <see cref="Analyze"/>, the whole fast pipeline over the same articles (this stage included), it gives the stage's
/// share of a run.
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private IReadOnlyList<string> _articles = Array.Empty<string>();
    private AnalyzedDocument[] _documents = Array.Empty<AnalyzedDocument>();
    private readonly List<AttributionMention> _output = new();
    private FactExtractor _fast = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkText.Articles;
        _fast = FactExtractor.Create(new ExtractorOptions { Entities = EntityModel.Fast });
        _documents = _articles.Select(a => _fast.Analyze(new Document("bench", a), CancellationToken.None)).ToArray();
        Console.WriteLine($"// AttributionBenchmarks: {_articles.Count} articles, {_documents.Sum(d => d.Attributions.Count)} attributions");
    }

    [Benchmark]
    public int FindAttributions()
    {
        int n = 0;
        foreach (var d in _documents)
        {
            _output.Clear();
            AttributionFinder.Find(d.Text, d.Sentences, d.Entities, d.Quotes, d.Scratch<QuoteScratch>(), d.Scratch<AttributionScratch>(), _output);
            n += _output.Count;
        }

        return n;
    }

    /// <summary>The stage with the attribution tagger (<see cref="AttributionModel.Accurate"/>) in place of the rules.</summary>
    [Benchmark]
    public int FindAttributionsAccurate()
    {
        int n = 0;
        var model = AttributionTaggerModel.Shipped;
        foreach (var d in _documents)
        {
            _output.Clear();
            AttributionFinder.Find(d.Text, d.Sentences, d.Entities, d.Quotes, d.Scratch<QuoteScratch>(), d.Scratch<AttributionScratch>(), _output,
                new AttributionFinder.TaggerInput(model, d.Tokens, d.Lines, d.Scratch<FactExtract.Entities.Neural.NeuralScratch>()));
            n += _output.Count;
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    public int Analyze()
    {
        int n = 0;
        foreach (var text in _articles) n += _fast.Analyze(new Document("bench", text), CancellationToken.None).Tokens.Count;
        return n;
    }
}
