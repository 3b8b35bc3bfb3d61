using System.Text;
using FactExtract.Quotes;

namespace FactExtract.Tests.Quotes;

/// <summary>
/// The name index finds the article's own names a stretch at a time, as far as a question needs: every answer
/// must be the one the index gives after reading the whole article.
/// </summary>
public class NameIndexStretchTests
{
    private static readonly string[] Paragraphs =
    {
        "Senator Maria Lopez of the Budget Committee met officials from Globex Corporation on Tuesday.",
        "“We expect answers,” she said after the meeting in Springfield.",
        "BREAKING NEWS FROM THE CAPITOL\nThe hearing ran late, and Lopez left without comment.",
        "Shares of Initech Holdings fell 4 percent. Dr. Alan Park, an analyst at First Union Bank, was cautious.",
        "“It is too early to tell,” Park said. The company declined to comment.",
        "Rep. Jim Clyburn, D-S.C., told reporters the U.S. Senate would vote next week.",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnswersAsIfTheWholeArticleHadBeenRead(bool withEntities)
    {
        var text = Article();
        var entities = withEntities ? Entities(text) : Array.Empty<EntityMention>();
        var whole = new NameIndex(text, entities, Array.Empty<QuoteSpan>(), new List<Word>(), new List<NameMention>(), new List<Word>());
        var all = whole.Names.ToList();
        Assert.Contains(all, n => n.Canonical == "Alan Park");

        for (int offset = 0; offset <= text.Length; offset += 97)
        {
            foreach (var type in new[] { NameType.Person, NameType.Organization, NameType.Place })
            {
                var index = new NameIndex(text, entities, Array.Empty<QuoteSpan>(), new List<Word>(), new List<NameMention>(), new List<Word>());
                Assert.Equal(whole.NearestBefore(offset, type), index.NearestBefore(offset, type));
            }

            int end = Math.Min(text.Length, offset + 12);
            var fresh = new NameIndex(text, entities, Array.Empty<QuoteSpan>(), new List<Word>(), new List<NameMention>(), new List<Word>());
            Assert.Equal(whole.At(offset, end), fresh.At(offset, end));

            // The name holding a mention, told from the words around it (the mention here: the name at the offset).
            foreach (var n in all.Where(n => n.Start >= offset && n.Start < offset + 97))
            {
                var around = new NameIndex(text, entities, Array.Empty<QuoteSpan>(), new List<Word>(), new List<NameMention>(), new List<Word>());
                var known = whole.At(n.Start, n.End);
                var expected = known is { } k && k.Start <= n.Start && k.End >= n.End ? known : null;
                Assert.True(around.TryFindHolding(n.Start, n.End, out var holding));
                Assert.Equal(expected, holding);
                int last = n.Canonical.LastIndexOf(' ') + 1;
                var surname = new NameIndex(text, entities, Array.Empty<QuoteSpan>(), new List<Word>(), new List<NameMention>(), new List<Word>());
                Assert.True(surname.TryFindHolding(n.Start + last, n.End, out var holdingSurname));
                Assert.Equal(n, holdingSurname);
            }
        }

        var shortName = new NameIndex(text, entities, Array.Empty<QuoteSpan>(), new List<Word>(), new List<NameMention>(), new List<Word>());
        Assert.Equal(whole.FullName("Park", 0), shortName.FullName("Park", 0));
        foreach (var shortForm in new[] { "Park", "Lopez", "Clyburn", "Globex", "Initech", "Nobody" })
        {
            int at = Math.Max(0, text.LastIndexOf(shortForm, StringComparison.Ordinal));
            var expected = whole.FullName(shortForm, at);
            foreach (int mention in new[] { 0, at / 2, at, text.Length })
            {
                var fresh = new NameIndex(text, entities, Array.Empty<QuoteSpan>(), new List<Word>(), new List<NameMention>(), new List<Word>());
                Assert.Equal(expected, fresh.FullName(shortForm, mention));
            }
        }
        Assert.Equal(all, shortName.Names);
    }

    // Long enough for several stretches; the paragraphs in a varying order so that stretches end in different places.
    private static string Article()
    {
        var sb = new StringBuilder();
        for (int k = 0; k < 40; k++)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(Paragraphs[(k * 7) % Paragraphs.Length]);
        }

        return sb.ToString();
    }

    private static EntityMention[] Entities(string text)
    {
        var found = new List<EntityMention>();
        foreach (var (name, label) in new[] { ("Maria Lopez", "PERSON"), ("Globex Corporation", "ORG"), ("Springfield", "GPE") })
        {
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                found.Add(new EntityMention(name, label, at, at + name.Length, name));
        }

        return found.OrderBy(e => e.Start).ToArray();
    }
}
