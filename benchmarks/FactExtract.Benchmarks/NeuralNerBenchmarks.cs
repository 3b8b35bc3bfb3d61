using BenchmarkDotNet.Attributes;
using FactExtract.Entities;
using FactExtract.Entities.Neural;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Benchmarks;

/// <summary>
/// The accurate entity model (<see cref="EntityModel.Accurate"/>) after tokenization, on one thread: token inputs, the
/// BiLSTM, tag scores and Viterbi decoding of every sentence of the benchmark articles. Tokens per second =
/// <see cref="TokenCount"/> / mean time. Also times loading the model from its resource. To measure other exported
/// models side by side (the model card's frontier), list their files in <c>NEURAL_MODELS</c>, separated by ';'.
/// </summary>
[MemoryDiagnoser]
public class NeuralNerBenchmarks
{
    private readonly List<(string Text, Token[] Tokens, Sentence[] Sentences)> _documents = new();
    private int[] _tags = Array.Empty<int>();
    private NeuralEntityTagger _tagger = null!;

    /// <summary>"built-in", or a model file from <c>NEURAL_MODELS</c>.</summary>
    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "built-in";

    public static IEnumerable<string> Models() =>
        ["built-in", .. (Environment.GetEnvironmentVariable("NEURAL_MODELS") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Tokens tagged per <see cref="Tag"/> call.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = Model == "built-in" ? new NeuralEntityTagger(BuiltInModel.Accurate) : (NeuralEntityTagger)EntityModels.FromFile(Model);
        foreach (var article in BenchmarkText.Articles)
        {
            var doc = new AnalyzedDocument(new Document("bench", article));
            new Tokenizer().Process(doc, CancellationToken.None);
            new SentenceSplitter().Process(doc, CancellationToken.None);
            _documents.Add((doc.Text, doc.Tokens.ToArray(), doc.Sentences.ToArray()));
            TokenCount += doc.Tokens.Count;
        }

        _tags = new int[_documents.Max(d => d.Tokens.Length)];
        Console.WriteLine($"// neural NER benchmark: {TokenCount} tokens in {_documents.Count} documents ({BenchmarkText.Source})");
    }

    [Benchmark]
    public int Tag()
    {
        int entities = 0;
        var labels = _tagger.Labels;
        foreach (var (text, tokens, sentences) in _documents)
        {
            using var session = _tagger.Begin();
            foreach (var s in sentences)
            {
                var tags = _tags.AsSpan(s.FirstToken, s.TokenCount);
                session.Tag(text, tokens.AsSpan(s.FirstToken, s.TokenCount), tags);
                foreach (var t in tags) if (labels.Starts(t)) entities++;
            }
        }

        return entities;
    }

    [Benchmark]
    public int LoadBuiltInModel()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(BuiltInModel.NeuralResourceName)!;
        return NeuralModelFile.Read(stream, "built-in").Words.Length;
    }
}
