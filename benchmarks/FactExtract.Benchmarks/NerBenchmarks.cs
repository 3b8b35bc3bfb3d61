using BenchmarkDotNet.Attributes;
using FactExtract.Entities;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Benchmarks;

/// <summary>
/// NER tagging after tokenization: feature hashing, scoring and greedy decoding of every sentence
/// of the benchmark articles with the built-in model (one thread). Tokens per second =
/// <see cref="TokenCount"/> / mean time. Also times loading the built-in model from its resource.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private readonly List<(string Text, Token[] Tokens, Sentence[] Sentences)> _documents = new();
    private readonly TaggerScratch _scratch = new();
    private int[] _tags = Array.Empty<int>();
    private NerModel _model = null!;
    private NerModel _beamModel = null!;

    /// <summary>Tokens tagged per <see cref="Tag"/> call.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = BuiltInModel.Instance;
        _beamModel = BuiltInModel.Beam;
        foreach (var article in BenchmarkText.Articles)
        {
            var doc = new AnalyzedDocument(new Document("bench", article));
            new Tokenizer().Process(doc, CancellationToken.None);
            new SentenceSplitter().Process(doc, CancellationToken.None);
            _documents.Add((doc.Text, doc.Tokens.ToArray(), doc.Sentences.ToArray()));
            TokenCount += doc.Tokens.Count;
        }

        _tags = new int[_documents.Max(d => d.Tokens.Length)];
        Console.WriteLine($"// NER benchmark: {TokenCount} tokens in {_documents.Count} documents ({BenchmarkText.Source})");
    }

    [Benchmark]
    public int Tag()
    {
        int entities = 0;
        foreach (var (text, tokens, sentences) in _documents)
        {
            _scratch.Memory.Clear();
            foreach (var s in sentences)
            {
                var tags = _tags.AsSpan(s.FirstToken, s.TokenCount);
                GreedyTagger.Tag(_model, text, tokens.AsSpan(s.FirstToken, s.TokenCount), tags, _scratch);
                foreach (var t in tags) if (_model.Labels.Starts(t)) entities++;
            }
        }

        return entities;
    }

    /// <summary>Tagging with the beam-trained model decoded with a beam of <paramref name="width"/> tag sequences (<see cref="BeamTagger"/>), as <c>--ner-beam</c> runs.</summary>
    [Benchmark]
    [Arguments(2)]
    [Arguments(4)]
    public int TagBeam(int width)
    {
        int entities = 0;
        foreach (var (text, tokens, sentences) in _documents)
        {
            _scratch.Memory.Clear();
            foreach (var s in sentences)
            {
                var tags = _tags.AsSpan(s.FirstToken, s.TokenCount);
                BeamTagger.Tag(_beamModel, text, tokens.AsSpan(s.FirstToken, s.TokenCount), tags, _scratch, width);
                foreach (var t in tags) if (_beamModel.Labels.Starts(t)) entities++;
            }
        }

        return entities;
    }

    /// <summary>
    /// The same tagging without the word-score cache: every feature row read at every token, as
    /// training scores it. Kept as the baseline that shows what the cache is worth.
    /// </summary>
    [Benchmark]
    public int TagWithoutWordCache()
    {
        int entities = 0;
        int n = _model.Labels.Count;
        var scores = new int[n];
        Span<uint> features = stackalloc uint[NerFeatures.MaxStatic + NerFeatures.DynamicCount];
        foreach (var (text, tokens, sentences) in _documents)
        {
            _scratch.Memory.Clear();
            foreach (var s in sentences)
            {
                _scratch.Ensure(s.TokenCount, n);
                var hashes = _scratch.Hashes.AsSpan(0, s.TokenCount);
                bool allCaps = NerFeatures.Prepare(text, tokens.AsSpan(s.FirstToken, s.TokenCount), hashes, _model.Clusters);
                int prev = -1, prev2 = -1;
                for (int i = 0; i < hashes.Length; i++)
                {
                    int count = NerFeatures.Static(hashes, i, allCaps, features);
                    NerFeatures.Dynamic(hashes, i, prev, prev2, _scratch.Memory.TagOf(hashes[i]), features.Slice(count, NerFeatures.DynamicCount));
                    _model.Bias.AsSpan().CopyTo(scores);
                    _model.AddScores(features[..(count + NerFeatures.DynamicCount)], scores);
                    int best = GreedyTagger.Best(_model.Labels, prev, scores);
                    _scratch.Memory.Remember(hashes[i], best);
                    if (_model.Labels.Starts(best)) entities++;
                    prev2 = prev;
                    prev = best;
                }
            }
        }

        return entities;
    }

    [Benchmark]
    public int LoadBuiltInModel()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(BuiltInModel.ResourceName)!;
        return NerModelFile.Read(stream, "built-in").RowCount;
    }
}
