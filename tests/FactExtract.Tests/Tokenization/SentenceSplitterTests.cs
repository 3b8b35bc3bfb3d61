using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Tests.Tokenization;

/// <summary>Sentence and paragraph boundaries on news phrasing.</summary>
public sealed class SentenceSplitterTests
{
    /// <summary>The sentences of <paramref name="text"/> as their text, joined by " || ".</summary>
    private static string Sentences(string text)
    {
        var document = Analyze(text);
        return string.Join(" || ", document.Sentences.Select(s => text[s.Start..s.End]));
    }

    /// <summary>Runs only the text stages, so these tests do not depend on the later ones.</summary>
    internal static AnalyzedDocument Analyze(string text)
    {
        var document = new AnalyzedDocument(new Document("test", text));
        new Tokenizer().Process(document, CancellationToken.None);
        new SentenceSplitter().Process(document, CancellationToken.None);
        return document;
    }

    [Theory]
    [InlineData("BlackBerry will leave. It said so on Monday.", "BlackBerry will leave. || It said so on Monday.")]
    [InlineData("Mr. Smith met Dr. Jones. They talked.", "Mr. Smith met Dr. Jones. || They talked.")]
    [InlineData("U.S. officials said the deal was off.", "U.S. officials said the deal was off.")]
    [InlineData("The company sells phones in the U.S. The next market is Canada.", "The company sells phones in the U.S. || The next market is Canada.")]
    [InlineData("The U.S. President met the U.N. Secretary-General.", "The U.S. President met the U.N. Secretary-General.")]
    [InlineData("Shares of Apple Inc. rose 3.5 percent. Microsoft Corp. fell.", "Shares of Apple Inc. rose 3.5 percent. || Microsoft Corp. fell.")]
    [InlineData("He joined Apple Inc. In 2010, he left.", "He joined Apple Inc. || In 2010, he left.")]
    [InlineData("President George W. Bush signed the bill.", "President George W. Bush signed the bill.")]
    [InlineData("J.R.R. Tolkien wrote it. Readers loved it.", "J.R.R. Tolkien wrote it. || Readers loved it.")]
    [InlineData("The vote is on Jan. 5. Sen. Warren opposes it.", "The vote is on Jan. 5. || Sen. Warren opposes it.")]
    [InlineData("The meeting starts at 5 p.m. Monday in Ottawa.", "The meeting starts at 5 p.m. Monday in Ottawa.")]
    [InlineData("The meeting ended at 5 p.m. He left soon after.", "The meeting ended at 5 p.m. || He left soon after.")]
    [InlineData("Growth was 2.5 percent. Inflation was 1.1 percent.", "Growth was 2.5 percent. || Inflation was 1.1 percent.")]
    [InlineData("It cited only “serious concerns.” BlackBerry will remain.", "It cited only “serious concerns.” || BlackBerry will remain.")]
    [InlineData("He asked, \"Why now?\" Nobody answered.", "He asked, \"Why now?\" || Nobody answered.")]
    [InlineData("“Why now?” she asked. Nobody answered.", "“Why now?” she asked. || Nobody answered.")]
    [InlineData("“We will not comply!” the company said.", "“We will not comply!” the company said.")]
    [InlineData("“It is over,” he said. “We lost.”", "“It is over,” he said. || “We lost.”")]
    [InlineData("The truth is ... nobody knows.", "The truth is ... nobody knows.")]
    [InlineData("He paused… Then he spoke.", "He paused… || Then he spoke.")]
    [InlineData("Is it over? Yes! It is.", "Is it over? || Yes! || It is.")]
    [InlineData("The firm (BlackBerry Ltd.) left. Others stayed.", "The firm (BlackBerry Ltd.) left. || Others stayed.")]
    [InlineData("The deal closed (finally). Shares rose.", "The deal closed (finally). || Shares rose.")]
    [InlineData("See www.vice.com for more. Then read on.", "See www.vice.com for more. || Then read on.")]
    [InlineData("The No. 2 carrier fell. It was a surprise.", "The No. 2 carrier fell. || It was a surprise.")]
    [InlineData("It moved to St. Louis, Mo. The move cost $5 million.", "It moved to St. Louis, Mo. || The move cost $5 million.")]
    [InlineData("He works for the U.S. Department of Defense.", "He works for the U.S. Department of Defense.")]
    [InlineData("Tech\n\nWhy BlackBerry Is Leaving Pakistan\n\nFaced with a request, BlackBerry left.", "Tech || Why BlackBerry Is Leaving Pakistan || Faced with a request, BlackBerry left.")]
    [InlineData("Videos by VICE\n\nAs Motherboard reported, it left.", "Videos by VICE || As Motherboard reported, it left.")]
    [InlineData("Key points:\n- BlackBerry leaves Pakistan\n- Service ends Dec. 30\n", "Key points: || - BlackBerry leaves Pakistan || - Service ends Dec. 30")]
    [InlineData("• First item\n• Second item", "• First item || • Second item")]
    [InlineData("One line\r\nAnother line\r\n\r\nThird", "One line || Another line || Third")]
    [InlineData("Watch more from Motherboard: All the Ways to Hack Your Phone", "Watch more from Motherboard: All the Ways to Hack Your Phone")]
    [InlineData("She asked, 'Is this their life?'.'' He agreed.", "She asked, 'Is this their life?'.'' || He agreed.")]
    [InlineData("He had no proof of it. ... He would not.", "He had no proof of it. ... || He would not.")]
    [InlineData("It was “Mostly False.“\nNext paragraph.", "It was “Mostly False.“ || Next paragraph.")]
    [InlineData("“Neither do I.” He left.", "“Neither do I.” || He left.")]
    [InlineData("It fell 3%.Then it rose.", "It fell 3%. || Then it rose.")]
    public void SplitsSentences(string text, string expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void SeedHeadlinesAreSentencesOfTheirOwn()
    {
        string text = TestPaths.SeedText;
        var document = Analyze(text);
        var sentences = document.Sentences.Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal("Tech", sentences[0]);
        Assert.Equal("Why BlackBerry Is Leaving Pakistan at the End of the Year", sentences[1]);
        Assert.Contains("Videos by VICE", sentences);
        Assert.Contains("BlackBerry will remain active in the country until that date.", sentences);
        Assert.Contains("“But BlackBerry will not comply with that sort of directive.", sentences);
    }

    [Fact]
    public void ParagraphsAreTrimmedNonEmptyLines()
    {
        const string text = "  Tech \n\n“The truth is that,” it said.\n\n\n“But we will not comply.”\n";
        var document = Analyze(text);
        Assert.Equal(new[] { "Tech", "“The truth is that,” it said.", "“But we will not comply.”" },
            document.Paragraphs.Select(p => text[p.Start..p.End]));
    }

    [Fact]
    public void HardWrappedProseStaysOneParagraphAndSentence()
    {
        const string text = "The Pakistani government was trying to force the troubled\nmanufacturer to modify its software.\n\nNext paragraph.";
        var document = Analyze(text);
        Assert.Equal(2, document.Paragraphs.Count);
        Assert.Equal(2, document.Sentences.Count);
        Assert.EndsWith("software.", text[document.Sentences[0].Start..document.Sentences[0].End]);
    }

    [Fact]
    public void SeedSentencesStayInsideItsParagraphs()
    {
        string text = TestPaths.SeedText;
        var document = Analyze(text);
        foreach (var sentence in document.Sentences)
            Assert.Contains(document.Paragraphs, p => p.Start <= sentence.Start && sentence.End <= p.End);
        Assert.Equal(15, document.Paragraphs.Count); // the seed's 15 non-empty lines
    }

    [Fact]
    public void TextWithoutPunctuationIsCutIntoBoundedSentences()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", SentenceSplitter.MaxSentenceTokens * 2 + 5));
        var document = Analyze(text);
        Assert.Equal(3, document.Sentences.Count);
        Assert.All(document.Sentences, s => Assert.True(s.TokenCount <= SentenceSplitter.MaxSentenceTokens));
    }

    [Fact]
    public void EmptyAndBlankTextHasNoSentences()
    {
        Assert.Empty(Analyze("").Sentences);
        var blank = Analyze(" \n\n\t \r\n");
        Assert.Empty(blank.Sentences);
        Assert.Empty(blank.Paragraphs);
    }
}
