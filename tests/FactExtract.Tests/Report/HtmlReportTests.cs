using FactExtract.Evaluation;

namespace FactExtract.Tests.Report;

public class HtmlReportTests
{
    private readonly ExtractionResult _gold = SeedGold.Load();


    [Fact]
    public void SeedReportHighlightsEveryItemWithALegend()
    {
        var html = HtmlReport.Render(_gold);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("id=\"legend\"", html);
        foreach (var label in _gold.Entities.Select(e => e.Label).Distinct())
            Assert.Contains($"<span class=\"key ent-{label}\">{label}</span>", html);
        Assert.Null(HtmlStructure.NestingProblem(html));
        Assert.Equal(_gold.Text, HtmlStructure.ArticleText(html));

        foreach (var e in _gold.Entities)
            Assert.Contains($"data-kind=\"entity\" data-label=\"{e.Label}\" data-start=\"{e.Start}\" data-end=\"{e.End}\"", html);
        foreach (var d in _gold.Dates)
            Assert.Contains($"data-kind=\"date\" data-start=\"{d.Start}\" data-end=\"{d.End}\" data-value=\"{d.Value}\"", html);
        foreach (var q in _gold.Quotes)
            Assert.Contains($"data-kind=\"quote\" data-start=\"{q.Start}\" data-end=\"{q.End}\"", html);
    }

    [Fact]
    public void SpeakersLinkToTheirQuotationsAndBack()
    {
        var html = HtmlReport.Render(_gold);

        for (int n = 1; n <= _gold.Quotes.Count; n++)
        {
            Assert.Contains($"id=\"q-{n}\"", html);
            Assert.Contains($"href=\"#q-{n}\"", html);
        }

        foreach (var start in _gold.Quotes.Select(q => q.SpeakerStart!.Value).Distinct())
        {
            Assert.Contains($"<span class=\"speaker\" id=\"sp-{start}\"", html);
            Assert.Contains($"href=\"#sp-{start}\"", html);
        }

        // One mention ("BlackBerry’s post states.") speaks both quotations 2 and 3.
        Assert.Contains("<a href=\"#q-2\">q2</a><a href=\"#q-3\">q3</a>", html);
    }

    [Fact]
    public void ReportedSpeechIsHighlightedWithItsCueAndSourceLinked()
    {
        const string text = "BlackBerry said it would leave Pakistan by the end of the year. The move follows a dispute, "
            + "according to the company. Officials in Islamabad said the demand was a security matter.\n";
        var result = FactExtractor.Create(new ExtractorOptions { Entities = EntityModel.Fast }).Extract(new Document("reported", text));
        var statements = result.Attributions.Where(a => a.Kind != AttributionKind.Direct).ToList();
        Assert.True(statements.Count >= 2, $"{statements.Count} reported statements");

        var html = HtmlReport.Render(result);

        Assert.Null(HtmlStructure.NestingProblem(html));
        Assert.Equal(text, HtmlStructure.ArticleText(html));
        for (int n = 1; n <= statements.Count; n++)
        {
            var a = statements[n - 1];
            Assert.Contains($"id=\"a-{n}\"", html);
            Assert.Contains($"data-kind=\"attribution\" data-attribution-kind=\"{a.KindName}\" data-start=\"{a.Start}\" data-end=\"{a.End}\"", html);
            if (a.Cue is { } cue)
                Assert.Contains($"data-kind=\"cue\" data-start=\"{cue.Start}\" data-end=\"{cue.End}\" title=\"cue of a{n}\"", html);
            if (a.Source is { } source)
            {
                Assert.Contains($"<span class=\"source\" id=\"src-{source.Start}\"", html);
                Assert.Contains($"href=\"#src-{source.Start}\">a{n} ·", html);
            }
        }

        var said = statements.First(a => a.Text.StartsWith("it would leave Pakistan", StringComparison.Ordinal));
        Assert.Equal("BlackBerry", said.Source?.Text);
        Assert.Contains("<span class=\"key attr\">", html);
    }

    [Fact]
    public void FactsSummaryIsShown()
    {
        var html = HtmlReport.Render(_gold);

        Assert.Contains("id=\"facts\"", html);
        Assert.Matches("<a href=\"#e-\\d+\">BlackBerry</a></td><td class=\"num\">15</td>", html);
        Assert.Contains(">PAST_REF</a>", html);
        Assert.Contains("Pakistan Telecommunications Authority</strong>: 1 quotation", html);
    }

    [Fact]
    public void TextAndAttributesAreEscaped()
    {
        const string text = "<script>alert(\"x\")</script> & Acme said “<b>hi</b> & bye” today.";
        int acme = text.IndexOf("Acme", StringComparison.Ordinal);
        int quote = text.IndexOf('“');
        int quoteEnd = text.IndexOf('”') + 1;
        var result = new ExtractionResult
        {
            Id = "<id>",
            Source = "a\"b.txt",
            Text = text,
            Entities = [new EntityMention("Acme", "ORG\"><script>", acme, acme + 4, "Acme <Corp>")],
            Dates = [],
            Quotes = [new Quotation(text[quote..quoteEnd], quote, quoteEnd, "Acme \"<x>\"", acme, acme + 4, "said")],
        };
        var html = HtmlReport.Render(result with { Facts = ArticleFacts.From(result.Entities, result.Dates, result.Quotes, null) });

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ", html);
        Assert.Contains("class=\"ent ent-ORG___script_\"", html);
        Assert.Contains("title=\"ORG&quot;&gt;&lt;script&gt; · canonical: Acme &lt;Corp&gt;\"", html);
        Assert.Null(HtmlStructure.NestingProblem(html));
        Assert.Equal(text, HtmlStructure.ArticleText(html));
    }

    [Fact]
    public void CrossingSpansAreSplitIntoValidNesting()
    {
        const string text = "He said “the Acme\nCorp deal” was done.";
        int quote = text.IndexOf('“');
        int quoteEnd = text.IndexOf('”') + 1;
        int acme = text.IndexOf("Acme", StringComparison.Ordinal);
        // An entity running past the quotation's end, and a date crossing the entity.
        var result = new ExtractionResult
        {
            Id = "x",
            Text = text,
            Entities = [new EntityMention("Acme\nCorp deal” was", "ORG", acme, quoteEnd + 4, "Acme")],
            Dates = [new DateMention("the Acme", quote + 1, acme + 4, "DATE", "2015")],
            Quotes = [new Quotation(text[quote..quoteEnd], quote, quoteEnd, "He", 0, 2, "said")],
        };
        var html = HtmlReport.Render(result);

        Assert.Null(HtmlStructure.NestingProblem(html));
        Assert.Equal(text, HtmlStructure.ArticleText(html));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "id=\"q-1\""));
    }

    [Fact]
    public void WithGoldMissesAndFalseAlarmsAreMarked()
    {
        var facebook = _gold.Entities.Single(e => e.Text == "Facebook");
        int tech = _gold.Text.IndexOf("Tech", StringComparison.Ordinal);
        var predicted = _gold with
        {
            Entities = _gold.Entities.Where(e => e != facebook).Prepend(new EntityMention("Tech", "ORG", tech, tech + 4, "Tech")).ToArray(),
            Dates = _gold.Dates.Select(d => d.Text == "July" ? d with { Value = "XXXX-07" } : d).ToArray(),
        };
        var evaluation = GoldScorer.Score(_gold, predicted);
        var html = HtmlReport.Render(predicted, evaluation);

        Assert.Contains($"<span class=\"miss\" data-kind=\"miss\" data-miss-kind=\"entity\" data-start=\"{facebook.Start}\" data-end=\"{facebook.End}\"", html);
        Assert.Contains($"<mark class=\"ent ent-ORG fa\" id=\"e-{tech}\"", html);
        Assert.Contains("<mark class=\"date wrong\"", html);
        Assert.Contains("WrongValue: gold 2015-07", html);
        Assert.Contains("id=\"scores\"", html);
        Assert.Contains("id=\"discrepancies\"", html);
        Assert.Contains("missed (in gold, not found)", html);
        Assert.Null(HtmlStructure.NestingProblem(html));
        Assert.Equal(_gold.Text, HtmlStructure.ArticleText(html));
    }
}
