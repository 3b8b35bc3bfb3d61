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
            ("the Authority", "ORG"), ("PTA", "ORG"), ("BlackBerry’s", "ORG"), ("Obama", "GPE"), ("52 percent", "PERCENT"),
        });
        Assert.Equal(new[]
        {
            "Barack Obama", "Pakistan Telecommunications Authority", "Barack Obama",
            "Pakistan Telecommunications Authority", "Pakistan Telecommunications Authority", "BlackBerry", "Obama", "52 percent",
        }, names);
    }
}
