using FactExtract.Entities;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Tests.Entities;

public class NameConsistencyTests
{
    private static readonly NerLabels Labels = new(["ORG", "PERSON", "CARDINAL"]);

    /// <summary>Tokenizes <paramref name="text"/> and tags the given (word, BIO tag) occurrences, in order; the rest O.</summary>
    private static (string Text, Token[] Tokens, int[] Tags) Tagged(string text, params (string Word, string Tag)[] given)
    {
        var doc = new AnalyzedDocument(new Document("t", text));
        new Tokenizer().Process(doc, CancellationToken.None);
        var tokens = doc.Tokens.ToArray();
        var tags = new int[tokens.Length];
        int from = 0;
        foreach (var (word, tag) in given)
        {
            int i = Array.FindIndex(tokens, from, t => t.Text(text) == word);
            tags[i] = Labels.IndexOf(tag);
            from = i + 1;
        }

        return (text, tokens, tags);
    }

    private static string[] Fill((string Text, Token[] Tokens, int[] Tags) doc)
    {
        NameConsistency.Fill(doc.Text, doc.Tokens, doc.Tags, Labels, new List<(int, int, int)>());
        return doc.Tags.Select(Labels.BioTag).ToArray();
    }

    private static string TagOf((string Text, Token[] Tokens, int[] Tags) doc, string[] tags, int occurrence, string word) =>
        tags[doc.Tokens.Select((t, i) => (t, i)).Where(x => x.t.Text(doc.Text) == word).ElementAt(occurrence).i];

    [Fact]
    public void AnUntaggedRepeatOfATaggedNameGetsItsLabelInATitleCaseHeadlineToo()
    {
        var doc = Tagged("Why Acme Is Leaving Town at the End of the Year\n\nAcme said it would go. Acme will stay until then.\n", ("Acme", "B-ORG"));
        // The first tagged occurrence is the headline's; untag it and tag the body's first one instead.
        doc.Tags[Array.FindIndex(doc.Tokens, t => t.Text(doc.Text) == "Acme")] = 0;
        doc.Tags[Array.FindIndex(doc.Tokens, 2, t => t.Text(doc.Text) == "Acme")] = Labels.IndexOf("B-ORG");

        var tags = Fill(doc);

        Assert.Equal("B-ORG", TagOf(doc, tags, 0, "Acme"));
        Assert.Equal("B-ORG", TagOf(doc, tags, 2, "Acme"));
        Assert.Equal("O", TagOf(doc, tags, 0, "Why"));
    }

    [Fact]
    public void TheModelsOwnTagsAndLongerCapitalisedRunsAreLeftAlone()
    {
        var doc = Tagged(
            "Acme said the Acme Enterprise Server would stay. Jordan met Jordan Smith, and Acme spoke to 12 people about Acme.\n",
            ("Acme", "B-ORG"), ("Jordan", "B-PERSON"), ("Acme", "B-PERSON"), ("12", "B-CARDINAL"));

        var tags = Fill(doc);

        // Part of an untagged product name: not filled.
        Assert.Equal("O", TagOf(doc, tags, 1, "Acme"));
        Assert.Equal("O", TagOf(doc, tags, 1, "Jordan"));
        // Tagged by the model as PERSON there: kept, not overridden.
        Assert.Equal("B-PERSON", TagOf(doc, tags, 2, "Acme"));
        // A free-standing repeat takes the first of the tied labels.
        Assert.Equal("B-ORG", TagOf(doc, tags, 3, "Acme"));
    }

    [Fact]
    public void AmountsAndLowerCaseWordsAreNotPropagated()
    {
        var doc = Tagged("It had 12 members. Then 12 more came, and apple growers too.\n", ("12", "B-CARDINAL"));

        var tags = Fill(doc);

        Assert.Equal("O", TagOf(doc, tags, 1, "12"));
    }
}
