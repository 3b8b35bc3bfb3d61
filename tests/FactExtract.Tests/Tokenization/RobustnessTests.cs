using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Tests.Tokenization;

/// <summary>Pathological inputs: long runs, binary-looking text, lone surrogates, a large document.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData('a')]
    [InlineData('.')]
    [InlineData('-')]
    [InlineData('\'')]
    [InlineData('\n')]
    [InlineData('\0')]
    [InlineData('\uD800')]
    [InlineData('@')]
    public void LongRunsOfOneCharacterAreHandled(char c)
    {
        string text = new(c, 200_000);
        var document = SentenceSplitterTests.Analyze(text);
        Assert.All(document.Tokens, t => Assert.True(t.Length > 0 && t.End <= text.Length));
        Assert.Equal(document.Tokens.Count, document.Sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void ALargeDocumentOfRepeatedNewsIsTokenizedLinearly()
    {
        string seed = TestPaths.SeedText;
        string text = string.Concat(Enumerable.Repeat(seed + "\n\n", 400)); // about 1.6 MB
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var single = new List<Token>();
        Tokenizer.Tokenize(seed, single);
        Assert.Equal(single.Count * 400, tokens.Count);

        var sentences = new List<Sentence>();
        var paragraphs = new List<Paragraph>();
        SentenceSplitter.Split(text, tokens, sentences, paragraphs);
        Assert.Equal(15 * 400, paragraphs.Count);
    }

    [Fact]
    public void UrlsWithUnbalancedBracketsAndDanglingSignsAreHandled()
    {
        const string text = "See (https://en.wikipedia.org/wiki/BlackBerry_(company)). Mail @ or # or http:// or www. now.";
        var tokens = TokenizerTests.Tokens(text);
        Assert.Equal("See | ( | https://en.wikipedia.org/wiki/BlackBerry_(company) | ) | . | Mail | @ | or | # | or | http | : | / | / | or | www | . | now | .", tokens);
    }
}
