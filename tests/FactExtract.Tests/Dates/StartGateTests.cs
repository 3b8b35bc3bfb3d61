using FactExtract.Dates;

namespace FactExtract.Tests.Dates;

/// <summary>
/// The grammar skips tokens where <c>TimexGrammar.MayStart</c> says no expression can begin; that is
/// only safe while every rule really fails there. These tests run the full rule set at every skipped
/// token of real and hand-written text and expect no match.
/// </summary>
public class StartGateTests
{
    /// <summary>Each gate branch next to a phrase it must let through (and a few it must not).</summary>
    private const string Phrases =
        "It took at least two years, around 7:15 p.m. on Monday, about three weeks, nearly 20 years and more than four hours. " +
        "Up to 30 days later, less than a year ago, fewer than six months, right now and some 40 years ago he left. " +
        "The talks lasted a day, a few days, a couple of more years, a dozen years, an hour and a half, a couple and a half days. " +
        "Profits doubled in the near term, the short term and the long term, in the same period last year and the comparable year-ago quarter. " +
        "Sales for the full year and the full fiscal year rose; the nineties and the '90s and the 1990s and the early 1990s were good. " +
        "In those days, these days, that year and that month, last week, this past Sunday, recent years, earlier this month and later today. " +
        "The first quarter, the third-quarter results, second half, several years, many months, a few more days and couple weeks. " +
        "From Monday, after the war, before 1990, other days, the latest quarter, ended Sept. 30, only days, just weeks, at the end of the year. " +
        "The company's '94 results came at the start of the quarter, the rest of the year and the beginning of 1998, the past and the future. " +
        "They met morning Tuesday, afternoon yesterday, at Christmas, on Labor Day, on Christmas Eve and Thanksgiving, not on labor issues. " +
        "It took years, for years, in months, until year-end, half a day, mid-March, late Friday and early 1990. " +
        "In nineteen ninety-six, in two thousand, twenty-four hours, two to three weeks and five and a half more years passed. " +
        "It posted last-quarter losses this fiscal year, next March, this past weekend, later today and later-Monday; may and march are verbs. " +
        "The firm paid $2015 and 2015 dollars, sun and Sun. and Sat. Nov. 3 and Mondays and Tuesday nights. " +
        "Some 2,000 people and 3.5 percent met on 30.11.2015 at 4:49 and 5 p.m., 10 am, 5pm, on 30 of November, 19-Nov-12 and 7 May. " +
        "It lasted 2 1/2 years, 12 to 18 more months, 3 - 4 days and 90 minutes in the 1990s and the 21st century.";

    [Fact]
    public void SkippedTokensStartNoExpressionInTheSeedArticle() => AssertGateSound(TestPaths.SeedText, expectSkips: true);

    [Fact]
    public void SkippedTokensStartNoExpressionInTheTimemlSample() =>
        AssertGateSound(File.ReadAllText(TestPaths.TestData("dates/sample.tml")), expectSkips: true);

    [Fact]
    public void SkippedTokensStartNoExpressionInPhrasesNearEachGate() => AssertGateSound(Phrases, expectSkips: false);

    [Fact]
    public void PhrasesNearEachGateAreStillFound()
    {
        var found = new List<DateMention>();
        DateTagger.Tag(Phrases, new DateOnly(2015, 11, 30), found);
        var texts = found.Select(d => d.Text).ToList();
        Assert.Contains("at least two years", texts);
        Assert.Contains("more than four hours", texts);
        Assert.Contains("a couple of more years", texts);
        Assert.Contains("the near term", texts);
        Assert.Contains("the nineties", texts);
        Assert.Contains("the '90s", texts);
        Assert.Contains("these days", texts);
        Assert.Contains("that year", texts);
        Assert.Contains("The first quarter", texts);
        Assert.Contains("couple and a half days", texts);
        Assert.Contains("some 40 years ago", texts);
        Assert.Contains("the comparable year-ago quarter", texts);
        Assert.Contains("the full fiscal year", texts);
        Assert.Contains("earlier this month", texts);
        Assert.Contains("third-quarter", texts);
        Assert.Contains("the past", texts);
        Assert.Contains("morning Tuesday", texts);
        Assert.Contains("Labor Day", texts);
        Assert.Contains("year-end", texts);
        Assert.Contains("half a day", texts);
        Assert.Contains("mid-March", texts);
        Assert.Contains("nineteen ninety-six", texts);
        Assert.Contains("five and a half more years", texts);
        Assert.Contains("last-quarter", texts);
        Assert.Contains("this fiscal year", texts);
        Assert.Contains("later-Monday", texts);
        Assert.Contains("Sat. Nov. 3", texts);
        Assert.DoesNotContain("2015", texts);
        Assert.DoesNotContain("may", texts);
        Assert.Contains("30.11.2015", texts);
        Assert.Contains("30 of November", texts);
        Assert.Contains("19-Nov-12", texts);
        Assert.Contains("12 to 18 more months", texts);
        Assert.Contains("5 p.m.", texts);
        Assert.Contains("5pm", texts);
        Assert.DoesNotContain("2,000", texts);
    }

    private static void AssertGateSound(string text, bool expectSkips)
    {
        var tokens = new List<DateToken>();
        DateLexer.Lex(text, tokens);
        var grammar = new TimexGrammar(text, tokens);
        int skipped = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (grammar.MayStart(i)) continue;
            skipped++;
            int end = grammar.Match(i, out _, out _);
            Assert.True(end < 0, $"a match starts at the skipped token \"{text.Substring(tokens[i].Start, tokens[i].Length)}\" (offset {tokens[i].Start})");
        }

        if (expectSkips) Assert.True(skipped > tokens.Count / 2, $"only {skipped} of {tokens.Count} tokens skipped");
    }
}
