using FactExtract.Dates;

namespace FactExtract.Tests.Dates;

/// <summary>The lexer's bitmap only skips the dictionary for words the dictionary does not hold.</summary>
public class VocabularyFilterTests
{
    [Fact]
    public void Every_vocabulary_word_passes_the_filter_in_any_case()
    {
        var keys = DateVocabulary.Lookup.Dictionary.Keys.Where(k => k.All(char.IsAsciiLetter)).ToList();
        Assert.True(keys.Count > 300);
        foreach (var key in keys)
            foreach (var form in new[] { key, key.ToUpperInvariant(), char.ToUpperInvariant(key[0]) + key[1..] })
                Assert.True(DateVocabulary.MayContain(char.ToLowerInvariant(form[0]), form.Length, form[^1]), form);
    }

    [Fact]
    public void Words_the_filter_turns_away_are_not_in_the_vocabulary()
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

    [Fact]
    public void The_packed_table_answers_as_the_dictionary()
    {
        var words = DateVocabulary.Lookup.Dictionary.Keys
            .SelectMany(k => new[] { k, k.ToUpperInvariant(), char.ToUpperInvariant(k[0]) + k[1..], k + "s", k[..^1], "x" + k })
            .Concat(["naïve", "Décembre", "todaý", "approximately", "APPROXIMATELY", "twenty", "twentyfirst", "thethe", "a", "A", "I", "ſunday"]);
        var tokens = new List<DateToken>();
        DateLexer.Lex(TestPaths.SeedText, tokens);
        words = words.Concat(tokens.Where(t => t.Kind == DateTokenKind.Word).Select(t => TestPaths.SeedText.Substring(t.Start, t.Length)));
        int found = 0;
        foreach (var word in words.Where(w => w.Length > 0))
        {
            bool expected = DateVocabulary.Lookup.TryGetValue(word, out var value);
            Assert.Equal(expected, DateVocabulary.TryGet(word, out var packed));
            Assert.Equal(expected ? value : DateWord.None, packed);
            if (expected) found++;
        }

        Assert.True(found > 1000);
    }
}
