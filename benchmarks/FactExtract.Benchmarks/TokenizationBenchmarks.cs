using BenchmarkDotNet.Attributes;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Benchmarks;

/// <summary>
/// Tokenization and sentence splitting over real news text, one core. The token, sentence and
/// paragraph lists are reused across articles, so the steady state allocates nothing per token.
/// MB/s = <see cref="BenchmarkText.Articles"/> UTF-8 bytes / mean time.
/// </summary>
[MemoryDiagnoser]
public class TokenizationBenchmarks
{
    private readonly List<Token> _tokens = new();
    private readonly List<Sentence> _sentences = new();
    private readonly List<Paragraph> _paragraphs = new();
    private string[] _articles = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkText.Articles.ToArray();
        long bytes = _articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a));
        Console.WriteLine($"// {BenchmarkText.Source}: {_articles.Length} articles, {_articles.Sum(a => (long)a.Length):N0} chars, {bytes:N0} UTF-8 bytes");
        TokenizeAndSplit(); // grow the reused lists to their steady-state capacity
    }

    [Benchmark]
    public int Tokenize()
    {
        int count = 0;
        foreach (string article in _articles)
        {
            _tokens.Clear();
            Tokenizer.Tokenize(article, _tokens);
            count += _tokens.Count;
        }

        return count;
    }

    [Benchmark(Baseline = true)]
    public int TokenizeAndSplit()
    {
        int count = 0;
        foreach (string article in _articles)
        {
            _tokens.Clear();
            _sentences.Clear();
            _paragraphs.Clear();
            Tokenizer.Tokenize(article, _tokens);
            SentenceSplitter.Split(article, _tokens, _sentences, _paragraphs);
            count += _sentences.Count;
        }

        return count;
    }
}
