using BenchmarkDotNet.Attributes;
using FactExtract.Output;
using FactExtract.Text;

namespace FactExtract.Benchmarks;

/// <summary>
/// The last two steps of every document, alone: building the public result from the analysed document (mention arrays
/// and the article's facts), and serialising a result to the JSON line the CLI writes. The articles are analysed once
/// in the setup, so only these steps are timed. Over the 84 PolNeAR dev articles: about 0.4 and 1.3 ms per pass with
/// the default settings, 0.6 and 2.4 ms with <c>--envVars DOTNET_TieredCompilation:0</c> (as the CLI runs), against
/// ~89 ms for the whole pipeline.
/// </summary>
[MemoryDiagnoser]
public class ResultBenchmarks
{
    private Document[] _documents = Array.Empty<Document>();
    private AnalyzedDocument[] _analyzed = Array.Empty<AnalyzedDocument>();
    private ExtractionResult[] _results = Array.Empty<ExtractionResult>();

    [GlobalSetup]
    public void Setup()
    {
        var extractor = FactExtractor.CreateDefault();
        _documents = BenchmarkText.Articles.Select((t, i) => new Document($"a{i}", t) { ReferenceDate = new DateOnly(2016, 1, 1) }).ToArray();
        _analyzed = _documents.Select(d => extractor.Analyze(d, CancellationToken.None)).ToArray();
        _results = _documents.Select((d, i) => FactExtractor.ToResult(d, _analyzed[i])).ToArray();
    }

    [Benchmark]
    public int BuildResults()
    {
        int n = 0;
        for (int i = 0; i < _documents.Length; i++) n += FactExtractor.ToResult(_documents[i], _analyzed[i]).Facts.Organisations.Count;
        return n;
    }

    [Benchmark]
    public long EncodeJsonLines()
    {
        long bytes = 0;
        foreach (var result in _results)
        {
            var line = PooledJsonLine.Encode(result);
            bytes += line.Span.Length;
            line.Return();
        }

        return bytes;
    }
}
