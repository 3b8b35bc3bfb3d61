using FactExtract.Entities;

namespace FactExtract.Tests.Entities;

public class CanonicalNameTests
{
    [Fact]
    public void ShortFormsJoinTheLongestMention()
    {
        var names = CanonicalNames.Resolve(new[]
        {
            ("Barack Obama", "PERSON"), ("Pakistan Telecommunications Authority", "ORG"), ("Obama", "PERSON"),
            ("the Authority", "ORG"), ("PTA", "ORG"), ("Apple", "ORG"), ("Apple Inc.", "ORG"), ("52 percent", "PERCENT"),
        });
        Assert.Equal(new[]
        {
            "Barack Obama", "Pakistan Telecommunications Authority", "Barack Obama",
            "Pakistan Telecommunications Authority", "Pakistan Telecommunications Authority", "Apple Inc.", "Apple Inc.", "52 percent",
        }, names);
    }

    [Fact]
    public void PossessiveIsDroppedAndModifierUseIsNotJoined()
    {
        var names = CanonicalNames.Resolve(new[] { ("BlackBerry’s", "ORG"), ("BlackBerry Enterprise Servers", "ORG"), ("Obama", "GPE"), ("Barack Obama", "PERSON") });
        Assert.Equal(new[] { "BlackBerry", "BlackBerry Enterprise Servers", "Obama", "Barack Obama" }, names);
    }

    [Fact]
    public void InitialsJoinOnlyInOrderAndInFull()
    {
        var names = CanonicalNames.Resolve(new[]
        {
            ("Bank of Avalon", "ORG"), ("BA", "ORG"), ("AB", "ORG"), ("BAX", "ORG"), ("B", "ORG"), ("BoA", "ORG"),
        });
        Assert.Equal(new[] { "Bank of Avalon", "Bank of Avalon", "AB", "BAX", "B", "BoA" }, names);
    }
}
