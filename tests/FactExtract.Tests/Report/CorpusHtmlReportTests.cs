using System.Text.RegularExpressions;
using FactExtract.Corpus;

namespace FactExtract.Tests.Report;

public class CorpusHtmlReportTests
{
    private const string Evil = "<script>alert(1)</script>";

    private static CorpusSummary EvilSummary() => CorpusSummaryTests.Summarise(new[]
    {
        $$"""{"id":"<script>doc</script>","reference_date":"2024-01-02","entities":[{"text":"x","label":"ORG","start":0,"end":1,"canonical":"{{Evil}}"},{"text":"y","label":"ORG","start":2,"end":3,"canonical":"A & \"B\" 'C'"}],"dates":[{"text":"x","start":0,"end":1,"type":"DATE","value":"2024-01"}],"quotes":[{"text":"\"{{Evil}}\"","start":0,"end":1,"speaker":"{{Evil}}"}]}""",
        """{"id":"d2","reference_date":"2024-02-02","entities":[],"dates":[],"quotes":[]}""",
    });

    [Fact]
    public void NamesAndQuotationsAreEscapedSoAScriptNameIsInert()
    {
        var html = CorpusHtmlReport.Render(EvilSummary(), new CorpusHtmlOptions { DocumentsHref = "docs/" });

        Assert.DoesNotContain(Evil, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>doc", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("A &amp; &quot;B&quot; &#39;C&#39;", html, StringComparison.Ordinal);
        // The page's own single script block is the only one.
        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.Null(HtmlStructure.NestingProblem(html));
    }

    [Fact]
    public void PageIsSelfContainedWithChartsAndSearch()
    {
        var html = CorpusHtmlReport.Render(EvilSummary());

        Assert.DoesNotMatch(new Regex(@"(src|href)=""(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"spark\"", html, StringComparison.Ordinal);
        Assert.Contains("mentions per month", html, StringComparison.Ordinal);
        Assert.Contains("id=\"quote-search\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentLinksUseSafeFileNames()
    {
        var html = CorpusHtmlReport.Render(EvilSummary(), new CorpusHtmlOptions { DocumentsHref = "docs/" });

        var name = DocumentFileName.For("<script>doc</script>");
        Assert.Matches("^[A-Za-z0-9._-]+\\.html$", name);
        Assert.Contains($"href=\"docs/{name}\"", html, StringComparison.Ordinal);
        Assert.Equal("plain-id_1.html", DocumentFileName.For("plain-id_1"));
        Assert.NotEqual(DocumentFileName.For("a/b"), DocumentFileName.For("a_b"));
        Assert.StartsWith("_", DocumentFileName.For(".."), StringComparison.Ordinal);
    }

    [Fact]
    public void PageStaysSmallWhateverTheInput()
    {
        // Huge names, many rows and long quotations: the page is clipped, not the caller's problem.
        var huge = new string('n', 20_000);
        var builder = new CorpusSummaryBuilder(new CorpusLimits { Top = 200 });
        for (int i = 0; i < 2_000; i++)
        {
            var orgs = new[] { huge + i, $"Org {i % 300}", $"Org {(i + 1) % 300}" };
            var quotes = Enumerable.Range(0, 3).Select(q => new CorpusQuote(huge + (i % 250), new string('q', 10_000))).ToArray();
            builder.Add(new CorpusDocument(huge + i, new DateOnly(1990, 1, 1).AddDays(i * 7), null, 3, 0, null, orgs, new[] { "1990-05", "2020-01" }, quotes));
        }

        var html = CorpusHtmlReport.Render(builder.Build(), new CorpusHtmlOptions { DocumentsHref = "docs/" });

        Assert.True(html.Length < 10_000_000, $"{html.Length} characters");
    }
}
