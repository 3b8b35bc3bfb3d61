using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Tests.Tokenization;

/// <summary>Token boundaries on news phrasing, checked against Penn Treebank / OntoNotes 5 conventions.</summary>
public sealed class TokenizerTests
{
    /// <summary>The tokens of <paramref name="text"/>, joined by " | ".</summary>
    internal static string Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return string.Join(" | ", tokens.Select(t => t.Text(text)));
    }

    internal static List<Token> TokenList(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens;
    }

    [Theory]
    // clitics and apostrophes
    [InlineData("BlackBerry’s post states", "BlackBerry | ’s | post | states")]
    [InlineData("the company's blog", "the | company | 's | blog")]
    [InlineData("We don't support it", "We | do | n't | support | it")]
    [InlineData("We don’t support it", "We | do | n’t | support | it")]
    [InlineData("They can't and won't comply", "They | ca | n't | and | wo | n't | comply")]
    [InlineData("They're leaving; we've stayed; I'll go; she'd said; I'm here", "They | 're | leaving | ; | we | 've | stayed | ; | I | 'll | go | ; | she | 'd | said | ; | I | 'm | here")]
    [InlineData("users’ communications", "users | ’ | communications")]
    [InlineData("Patrick O’Brien’s office", "Patrick | O’Brien | ’s | office")]
    [InlineData("Sen. Mark O'Connor said", "Sen. | Mark | O'Connor | said")]
    [InlineData("music of the ’90s and '80s", "music | of | the | ’90s | and | '80s")]
    [InlineData("the class of '78 reunion", "the | class | of | '78 | reunion")]
    [InlineData("the rock ’n’ roll era", "the | rock | ’n’ | roll | era")]
    [InlineData("the 1990's boom", "the | 1990's | boom")]
    [InlineData("We cannot comment", "We | can | not | comment")]
    [InlineData("we're gonna win", "we | 're | gon | na | win")]
    [InlineData("let 'em go", "let | 'em | go")]
    // abbreviations and initials
    [InlineData("U.S. officials said", "U.S. | officials | said")]
    [InlineData("Apple Inc. and Microsoft Corp. agreed", "Apple | Inc. | and | Microsoft | Corp. | agreed")]
    [InlineData("Dr. Jane Smith and Mr. John Doe", "Dr. | Jane | Smith | and | Mr. | John | Doe")]
    [InlineData("on Jan. 5 and Feb. 12", "on | Jan. | 5 | and | Feb. | 12")]
    [InlineData("the No. 2 carrier", "the | No. | 2 | carrier")]
    [InlineData("He said No. Then he left", "He | said | No | . | Then | he | left")]
    [InlineData("J.R.R. Tolkien wrote", "J.R.R. | Tolkien | wrote")]
    [InlineData("President George W. Bush signed", "President | George | W. | Bush | signed")]
    [InlineData("at 5 p.m. on Monday", "at | 5 | p.m. | on | Monday")]
    [InlineData("at 9 a.m., officials", "at | 9 | a.m. | , | officials")]
    [InlineData("Gov. Jerry Brown of Calif. and Sen. Warren", "Gov. | Jerry | Brown | of | Calif. | and | Sen. | Warren")]
    [InlineData("on St. Patrick’s Day", "on | St. | Patrick | ’s | Day")]
    [InlineData("the U.N. Security Council", "the | U.N. | Security | Council")]
    [InlineData("books, films, etc. were banned", "books | , | films | , | etc. | were | banned")]
    [InlineData("It ended.", "It | ended | .")]
    [InlineData("“Neither do I.”", "“ | Neither | do | I | . | ”")]
    [InlineData("He moved to the U.S.\nThen he left.", "He | moved | to | the | U.S. | Then | he | left | .")]
    // numbers, money, percentages
    [InlineData("pi is 3.14 today", "pi | is | 3.14 | today")]
    [InlineData("1,000,000 users", "1,000,000 | users")]
    [InlineData("rose 52 percent to 12.5%", "rose | 52 | percent | to | 12.5 | %")]
    [InlineData("a $5.2 billion deal", "a | $ | 5.2 | billion | deal")]
    [InlineData("£3 and €10 and ¥500", "£ | 3 | and | € | 10 | and | ¥ | 500")]
    [InlineData("US$12 million and HK$3", "US$ | 12 | million | and | HK$ | 3")]
    [InlineData("a market share of 0.5 percent", "a | market | share | of | 0.5 | percent")]
    [InlineData("about .5 points", "about | .5 | points")]
    [InlineData("at 4:49 p.m. EST", "at | 4:49 | p.m. | EST")]
    [InlineData("dated 11/30/2015 and 2015-11-30", "dated | 11/30/2015 | and | 2015-11-30")]
    [InlineData("the 1990-91 season", "the | 1990 | - | 91 | season")]
    [InlineData("the 31st floor in the 1960s", "the | 31st | floor | in | the | 1960s")]
    // hyphens and dashes
    [InlineData("a state-of-the-art system", "a | state | - | of | - | the | - | art | system")]
    [InlineData("a 52-year-old man", "a | 52 | - | year | - | old | man")]
    [InlineData("the company’s down-to-the-wire exit", "the | company | ’s | down | - | to | - | the | - | wire | exit")]
    [InlineData("a co-operation deal and an anti-war e-mail", "a | co-operation | deal | and | an | anti-war | e-mail")]
    [InlineData("in the mid-1980s, a non-profit", "in | the | mid-1980s | , | a | non-profit")]
    [InlineData("the deal—worth billions—closed", "the | deal | — | worth | billions | — | closed")]
    [InlineData("pages 10–20", "pages | 10 | – | 20")]
    [InlineData("the deal--worth billions--closed", "the | deal | -- | worth | billions | -- | closed")]
    [InlineData("the F-16 jets", "the | F | - | 16 | jets")]
    // punctuation, quotes, ellipses
    [InlineData("“back doors” in its software", "“ | back | doors | ” | in | its | software")]
    [InlineData("citing only “serious concerns.”", "citing | only | “ | serious | concerns | . | ”")]
    [InlineData("he said, \"We will leave.\"", "he | said | , | \" | We | will | leave | . | \"")]
    [InlineData("‘back doors’ granting", "‘ | back | doors | ’ | granting")]
    [InlineData("The truth is ... BBM message", "The | truth | is | ... | BBM | message")]
    [InlineData("The truth is… nothing", "The | truth | is | … | nothing")]
    [InlineData("Really?! Yes!!", "Really | ?! | Yes | !!")]
    [InlineData("Enterprise Server (BES) software", "Enterprise | Server | ( | BES | ) | software")]
    [InlineData("AT&T and S&P and Procter & Gamble", "AT&T | and | S&P | and | Procter | & | Gamble")]
    [InlineData("the US/Canada border and/or the sea", "the | US/Canada | border | and/or | the | sea")]
    // web
    [InlineData("see https://blackberry.com/blog/post?id=3. Next", "see | https://blackberry.com/blog/post?id=3 | . | Next")]
    [InlineData("(www.vice.com) reported", "( | www.vice.com | ) | reported")]
    [InlineData("visit BlackBerry.com.", "visit | BlackBerry.com | .")]
    [InlineData("e-mail press@blackberry.com today", "e-mail | press@blackberry.com | today")]
    [InlineData("follow @motherboard and #privacy", "follow | @motherboard | and | #privacy")]
    [InlineData("the #1 phone", "the | # | 1 | phone")]
    [InlineData("@realDonaldTrump's feed", "@realDonaldTrump | 's | feed")]
    [InlineData("Yahoo! said e.g. Ph.D. holders", "Yahoo | ! | said | e.g. | Ph.D. | holders")]
    [InlineData("The U.S.-based firm", "The | U.S. | - | based | firm")]
    public void SplitsLikeOntoNotes(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("BlackBerry", "Word")]
    [InlineData("2015", "Number")]
    [InlineData("1,000.50", "Number")]
    [InlineData("’90s", "Number")]
    [InlineData(",", "Punctuation")]
    [InlineData("—", "Punctuation")]
    [InlineData("“", "QuoteMark")]
    [InlineData("'", "QuoteMark")]
    [InlineData("$", "Symbol")]
    [InlineData("%", "Symbol")]
    [InlineData("https://example.org/a", "Url")]
    [InlineData("press@example.org", "Email")]
    [InlineData("@motherboard", "Handle")]
    [InlineData("#privacy", "Hashtag")]
    public void TellsTheKind(string text, string kind)
    {
        var token = Assert.Single(TokenList(text));
        Assert.Equal(kind, token.Kind.ToString());
        Assert.Equal(text.Length, token.Length);
    }

    [Fact]
    public void OffsetsPointIntoTheTextWithMixedLineEndings()
    {
        const string text = "Tech\r\n\r\nWhy BlackBerry Is Leaving\n\n“It’s over,” he said.";
        var tokens = TokenList(text);
        Assert.Equal("Tech", tokens[0].Text(text));
        Assert.Equal(6 + 2, tokens[1].Start);
        Assert.Equal(new[] { "“", "It", "’s", "over", ",", "”", "he", "said", "." }, tokens.Skip(5).Select(t => t.Text(text)));
    }

    [Fact]
    public void AppendsWithoutClearingAndReusesTheList()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word) };
        Tokenizer.Tokenize("a b", tokens);
        Assert.Equal(3, tokens.Count);
    }

    [Fact]
    public void SeedArticleTokensAreFaithful()
    {
        string text = TestPaths.SeedText;
        var tokens = TokenList(text);
        Assert.True(tokens.Count > 500);
        Assert.Contains(tokens, t => t.Text(text) == "0.5");
        Assert.DoesNotContain(tokens, t => t.Text(text) == "all-time"); // "all" is no prefix: OntoNotes splits the hyphen
        Assert.DoesNotContain(tokens, t => t.Text(text) == "BlackBerry’s");
    }
}
