using FactExtract.Dates;

namespace FactExtract.Tests.Dates;

/// <summary>The lexer's bitmap only skips the dictionary for words the dictionary does not hold.</summary>
public class VocabularyFilterTests
{
    [Fact]
    public void EveryVocabularyWordPassesTheFilterInAnyCase()
    {
        var keys = DateVocabulary.Lookup.Dictionary.Keys.Where(k => k.All(char.IsAsciiLetter)).ToList();
        Assert.True(keys.Count > 300);
        foreach (var key in keys)
            foreach (var form in new[] { key, key.ToUpperInvariant(), char.ToUpperInvariant(key[0]) + key[1..] })
                Assert.True(DateVocabulary.MayContain(char.ToLowerInvariant(form[0]), form.Length, form[^1]), form);
    }

    [Fact]
    public void WordsTheFilterTurnsAwayAreNotInTheVocabulary()
    {
        var text = TestPaths.SeedText + " Thursdayx Mayo Junes SAID said sAiD He his IT With naïve Décembre todaý";
        var tokens = new List<DateToken>();
        DateLexer.Lex(text, tokens);
        int rejected = 0, words = 0;
        foreach (var token in tokens.Where(t => t.Kind == DateTokenKind.Word && t.Length <= DateVocabulary.MaxWordLength))
        {
            words++;
            var span = text.AsSpan(token.Start, token.Length);
            if (DateVocabulary.MayContain(char.ToLowerInvariant(span[0]), span.Length, span[^1])) continue;
            rejected++;
            Assert.False(DateVocabulary.Lookup.TryGetValue(span, out _), span.ToString());
            Assert.Equal(DateWord.None, token.Word);
        }

        Assert.True(rejected > words / 3, $"only {rejected} of {words} words turned away");
    }
}
