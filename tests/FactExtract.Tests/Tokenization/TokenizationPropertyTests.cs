using FactExtract.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FactExtract.Tests.Tokenization;

/// <summary>
/// Invariants that must hold for any input: random UTF-16 (lone surrogates, controls, marks)
/// and random mixes of the tokenizer's tricky news fragments.
/// </summary>
public sealed class TokenizationPropertyTests
{
    private static readonly string[] Fragments =
    {
        "U.S.", " ", "\n", "\r\n", "\n\n", "Mr.", "’s", "'s", "n't", "don’t", "...", "…", "“", "”", "\"", "'", "’",
        "‘", "--", "—", "-", "3.14", "1,000", "$", "US$", "%", "http://", "www.", "a.m.", ".", ",", "?!", "@", "#",
        "e-mail", "co-", "state-of-the-art", "’90s", "’n’", "O’Brien", "Inc.", "J.", "x@y.com", "(", ")", "\t",
        "BlackBerry", "said", "The", "\u0301", "\uD83D\uDE00", "\uD800", "\uDC00", "\u200D", "\uFEFF", "\0", "\u2028",
        "11/30/2015", "2015-11-30", "4:49", "#tag", "@user", "cannot", "\u00AD", "é", "中文",
    };

    private static Arbitrary<string> RandomUnicode() =>
        Gen.OneOf(
                Gen.Choose(0, 0xFFFF).Select(i => (char)i),
                Gen.Choose(0x20, 0x7E).Select(i => (char)i),
                Gen.Elements(' ', '\n', '.', '\'', '’', '-', '@', '#', '$'))
            .ArrayOf()
            .Select(chars => new string(chars))
            .ToArbitrary();

    private static Arbitrary<string> RandomNewsFragments() =>
        Gen.Elements(Fragments).ArrayOf().Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 400)]
    public Property RandomUnicodeKeepsEveryInvariant() => Prop.ForAll(RandomUnicode(), CheckInvariants);

    [Property(MaxTest = 400)]
    public Property RandomNewsFragmentsKeepEveryInvariant() => Prop.ForAll(RandomNewsFragments(), CheckInvariants);

    private static void CheckInvariants(string text)
    {
        var document = SentenceSplitterTests.Analyze(text);
        string analyzed = document.Text;
        var tokens = document.Tokens;
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Length > 0, "empty token");
            Assert.True(token.Start >= previousEnd, "tokens overlap or are out of order");
            Assert.True(token.End <= analyzed.Length, "token out of bounds");
            Assert.Equal(analyzed.Substring(token.Start, token.Length), token.Text(analyzed));
            Assert.False(string.IsNullOrWhiteSpace(token.Text(analyzed)), "whitespace token");
            Assert.False(char.IsLowSurrogate(analyzed[token.Start]) && token.Start > 0 && char.IsHighSurrogate(analyzed[token.Start - 1]),
                "token splits a surrogate pair");
            previousEnd = token.End;
        }

        int next = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0, "empty sentence");
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            next = sentence.EndToken;
        }

        Assert.Equal(tokens.Count, next);

        int paragraphEnd = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            Assert.True(paragraph.Start >= paragraphEnd && paragraph.End > paragraph.Start && paragraph.End <= analyzed.Length);
            paragraphEnd = paragraph.End;
        }

        foreach (var sentence in document.Sentences)
            Assert.Contains(document.Paragraphs, p => p.Start <= sentence.Start && sentence.End <= p.End);
    }
}
