using System.Text;
using BenchmarkDotNet.Attributes;
using FactExtract.Dates;
using FactExtract.Tokenization;
using FactExtract.Text;

namespace FactExtract.Benchmarks;

/// <summary>
/// The date stage over real news text (<see cref="BenchmarkText.Articles"/>). The stage lexes
/// the text itself, so <see cref="TagDates"/> is the whole cost of dates from raw text; the
/// general tokenizer is measured alongside for comparison. Throughput = <see cref="Megabytes"/>
/// (UTF-8) / mean time; the setup prints it.
/// </summary>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private string[] _articles = [];
    private DateOnly _reference = new(2015, 11, 30);

    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkText.Articles.ToArray();
        Megabytes = _articles.Sum(a => Encoding.UTF8.GetByteCount(a)) / 1_000_000.0;
        Console.WriteLine($"// DateBenchmarks: {_articles.Length} articles from {BenchmarkText.Source}, {Megabytes:F3} MB");
    }

    [Benchmark(Description = "Date tagging from raw text (its own lexer; reference date given)")]
    public int TagDates()
    {
        int count = 0;
        var output = new List<DateMention>();
        foreach (var article in _articles)
        {
            output.Clear();
            DateTagger.Tag(article, _reference, output);
            count += output.Count;
        }

        return count;
    }

    [Benchmark(Description = "Date tagging with the anchor found in the text")]
    public int TagDatesFindingAnchor()
    {
        int count = 0;
        var output = new List<DateMention>();
        foreach (var article in _articles)
        {
            output.Clear();
            DateTagger.Tag(article, null, output);
            count += output.Count;
        }

        return count;
    }

    [Benchmark(Description = "Date lexer alone (words looked up in the date vocabulary)")]
    public int LexOnly()
    {
        int count = 0;
        var tokens = new List<DateToken>();
        foreach (var article in _articles)
        {
            tokens.Clear();
            DateLexer.Lex(article, tokens);
            count += tokens.Count;
        }

        return count;
    }

    [Benchmark(Description = "Tokenizer alone, for comparison")]
    public int TokenizeOnly()
    {
        int count = 0;
        var tokens = new List<Token>();
        foreach (var article in _articles)
        {
            tokens.Clear();
            Tokenizer.Tokenize(article, tokens);
            count += tokens.Count;
        }

        return count;
    }
}
