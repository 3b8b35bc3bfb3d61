using System.Text;
using System.Text.Json.Nodes;
using FactExtract.Corpus;

namespace FactExtract.Tests.Report;

public class CorpusSummaryTests
{
    private static string HandWritten => TestPaths.TestData(Path.Combine("report-facts", "hand-written.jsonl"));

    internal static CorpusSummary Summarise(IEnumerable<string> lines, CorpusLimits? limits = null)
    {
        var builder = new CorpusSummaryBuilder(limits);
        foreach (var line in lines)
        {
            var read = CorpusJsonLine.Read(Encoding.UTF8.GetBytes(line));
            if (read.Document is { } d) builder.Add(d);
            else if (read.FailedId is { } id) builder.AddFailure(id, read.Error!);
            else builder.AddSkippedLine();
        }

        return builder.Build();
    }

    [Fact]
    public void TotalsMatchTheHandCountedFile()
    {
        var s = Summarise(File.ReadLines(HandWritten));

        Assert.Equal(5, s.Documents);
        Assert.Equal(15, s.Entities);
        Assert.Equal(6, s.Dates);
        Assert.Equal(7, s.Quotations);
        Assert.Equal(2, s.Attributions); // only a3 has the array; the others are tolerated
        Assert.Null(s.Tokens);
        Assert.Equal(2, s.WithoutReferenceDate); // a4 is null, a5 (older output) has no field
        Assert.Equal(0, s.SkippedLines);
        Assert.False(s.Approximate);
    }

    [Fact]
    public void OrganisationsAndSpeakersMatchCountsComputedIndependently()
    {
        var s = Summarise(File.ReadLines(HandWritten));
        var docs = File.ReadLines(HandWritten).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();

        // The expected values, straight from the JSON with no code of the library: canonical name, else the text.
        var orgMentions = docs
            .SelectMany(d => d["entities"]!.AsArray().Where(e => (string?)e!["label"] == "ORG")
                .Select(e => (Doc: (string)d["id"]!, Name: (string?)e!["canonical"] ?? (string)e!["text"]!)))
            .GroupBy(m => m.Name)
            .Select(g => (Name: g.Key, Mentions: (long)g.Count(), Articles: (long)g.Select(m => m.Doc).Distinct().Count()))
            .OrderByDescending(o => o.Mentions).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(orgMentions, s.Organisations.Select(o => (o.Name, o.Mentions, o.Articles)).ToArray());

        var speakers = docs
            .SelectMany(d => d["quotes"]!.AsArray().Select(q => (Doc: (string)d["id"]!, Speaker: (string?)q!["speaker"])))
            .Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!)
            .Select(g => (Name: g.Key, Quotations: (long)g.Count(), Articles: (long)g.Select(q => q.Doc).Distinct().Count()))
            .OrderByDescending(x => x.Quotations).ThenBy(x => x.Name, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(speakers, s.Speakers.Select(x => (x.Name, x.Quotations, x.Articles)).ToArray());

        // And by hand, so a shared misreading of the file cannot pass both.
        Assert.Equal(("Acme Corp", 6L, 3L), (s.Organisations[0].Name, s.Organisations[0].Mentions, s.Organisations[0].Articles));
        Assert.Equal(("Jane Roe", 4L, 3L), (s.Speakers[0].Name, s.Speakers[0].Quotations, s.Speakers[0].Articles));
    }

    [Fact]
    public void MonthSeriesSeparateWhatArticlesTalkAboutFromWhenTheyWereWritten()
    {
        var s = Summarise(File.ReadLines(HandWritten));

        // 2024-03-04, 2024-05, 2024-04-01, 2024-03 name months; 2023 (a year) and P2Y (a duration) do not.
        Assert.Equal(new[] { ("2024-03", 2L), ("2024-04", 1L), ("2024-05", 1L) }, s.TalkedAbout.Select(m => (m.Month, m.Count)));
        Assert.Equal(new[] { ("2024-03", 2L), ("2024-04", 1L) }, s.Published.Select(m => (m.Month, m.Count)));

        // Acme: 2 + 1 mentions in March articles, 3 in April; undated articles count in totals only.
        var acme = s.Organisations.Single(o => o.Name == "Acme Corp");
        Assert.Equal(new[] { ("2024-03", 3L), ("2024-04", 3L) }, acme.ByMonth.Select(m => (m.Month, m.Count)));
        var globex = s.Organisations.Single(o => o.Name == "Globex");
        Assert.Equal(4, globex.Mentions);
        Assert.Equal(new[] { ("2024-03", 2L) }, globex.ByMonth.Select(m => (m.Month, m.Count)));
    }

    [Fact]
    public void CoMentionsCountArticlesNamingBoth()
    {
        var s = Summarise(File.ReadLines(HandWritten));

        Assert.Equal(
            new[] { ("Acme Corp", "Globex", 2L), ("Globex", "Initech", 2L), ("Acme Corp", "Initech", 1L), ("Globex", "Umbrella", 1L) },
            s.CoMentions.Select(c => (c.First, c.Second, c.Articles)));
    }

    [Fact]
    public void QuotationsAreKeptWithTheirArticleAndDate()
    {
        var s = Summarise(File.ReadLines(HandWritten));

        var jane = s.Speakers.Single(x => x.Name == "Jane Roe");
        Assert.Equal(new[] { "a1", "a2", "a2", "a5-old" }, jane.Quotes.Select(q => q.DocumentId));
        Assert.Equal(new DateOnly(2024, 3, 5), jane.Quotes[0].ReferenceDate);
        Assert.Null(jane.Quotes[3].ReferenceDate);
    }

    [Fact]
    public void OlderOutputIsReadWithNotes()
    {
        var old = File.ReadLines(HandWritten).Single(l => l.Contains("a5-old", StringComparison.Ordinal));
        var read = CorpusJsonLine.Read(Encoding.UTF8.GetBytes(old));

        Assert.NotNull(read.Document);
        Assert.Equal(new[] { "Globex", "Umbrella" }, read.Document!.OrganisationMentions);
        Assert.Contains(read.Notes, n => n.Contains("reference_date", StringComparison.Ordinal));
        Assert.Contains(read.Notes, n => n.Contains("canonical", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"id\":\"t\",\"reference_date\":\"2024-01-01\",\"entities\":[{\"text\":\"A")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"id\":\"x\"} {\"id\":\"y\"}")]
    public void MalformedOrTruncatedLinesAreBadNotExceptions(string line)
    {
        var read = CorpusJsonLine.Read(Encoding.UTF8.GetBytes(line));

        Assert.True(read.IsBad);
        Assert.False(string.IsNullOrEmpty(read.Error));
    }

    [Fact]
    public void BadAndFailedLinesAreCountedAndTheRestStillAggregated()
    {
        var lines = File.ReadLines(HandWritten).ToList();
        lines.Insert(2, lines[1][..(lines[1].Length / 2)]); // a run killed mid-write
        lines.Add("{\"id\":\"f1\",\"error\":\"stage DateTagger failed: Boom\"}");

        var s = Summarise(lines);

        Assert.Equal(5, s.Documents);
        Assert.Equal(1, s.SkippedLines);
        Assert.Equal(1, s.Failures);
        Assert.Equal("f1", s.Failed.Single().Id);
    }

    [Fact]
    public void TopListsAndTablesStayBounded()
    {
        var limits = new CorpusLimits { Top = 10, OrganisationCap = 100, SpeakerCap = 50, PairCap = 200, QuotesPerSpeaker = 2, QuoteLength = 20 };
        var builder = new CorpusSummaryBuilder(limits);
        // One organisation and one speaker in every article, and a long tail of names seen once each.
        for (int i = 0; i < 5_000; i++)
        {
            var orgs = new[] { "Everywhere Inc", "Everywhere Inc", $"Tail {i}", $"Tail {i + 1}" };
            var quotes = new[] { new CorpusQuote("Ever Present", new string('x', 100)), new CorpusQuote($"Once {i}", "hi") };
            builder.Add(new CorpusDocument($"d{i}", new DateOnly(2020, 1, 1).AddDays(i), null, 4, 0, null, orgs, Array.Empty<string>(), quotes));
        }

        var s = builder.Build();

        Assert.True(s.Approximate);
        Assert.Equal(10, s.Organisations.Count);
        Assert.Equal(10, s.Speakers.Count);
        Assert.True(s.CoMentions.Count <= 10);
        Assert.Equal(("Everywhere Inc", 10_000L, 5_000L), (s.Organisations[0].Name, s.Organisations[0].Mentions, s.Organisations[0].Articles));
        Assert.Equal(("Ever Present", 5_000L), (s.Speakers[0].Name, s.Speakers[0].Quotations));
        Assert.Equal(2, s.Speakers[0].Quotes.Count);
        Assert.All(s.Speakers[0].Quotes, q => Assert.Equal(20, q.Text.Length));
        Assert.True(s.Organisations[0].DocumentIds.Count <= limits.DocumentsPerOrganisation);
        Assert.True(s.Organisations[0].ByMonth.Count <= limits.MonthsPerOrganisation);
    }

    [Fact]
    public void JsonRoundTripsTheSummary()
    {
        var lines = File.ReadLines(HandWritten).Append("{\"id\":\"f1\",\"error\":\"boom\"}");
        var s = Summarise(lines);

        var json = CorpusSummaryJson.Write(s);
        var back = CorpusSummaryJson.Read(json);

        Assert.Equal(json, CorpusSummaryJson.Write(back));
        Assert.Equal(s.Documents, back.Documents);
        Assert.Equal(s.Organisations[0].ByMonth, back.Organisations[0].ByMonth);
        Assert.Equal(s.Speakers[0].Quotes, back.Speakers[0].Quotes);
        Assert.Contains("\"without_reference_date\": 2", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryOfLibraryResultsCountsFailuresApart()
    {
        var builder = new CorpusSummaryBuilder();
        var ok = FactExtractor.CreateDefault().Extract("Apple said on Monday it would hire 500 people.", new DateOnly(2024, 6, 3));
        builder.Add(ok);
        builder.Add(ok with { Id = "bad", Error = "stage X failed" });

        var s = builder.Build();

        Assert.Equal(1, s.Documents);
        Assert.Equal(1, s.Failures);
        Assert.Equal(ok.Entities.Count, s.Entities);
        Assert.Equal(new[] { "2024-06" }, s.Published.Select(p => p.Month));
    }
}
