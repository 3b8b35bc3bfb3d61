using FsCheck;
using FsCheck.Fluent;

namespace FactExtract.Tests.Robustness;

/// <summary>
/// Generated documents (issue 20): real news sentences mixed with names, date-like strings, every kind of quote mark,
/// control characters, lone surrogates and very long tokens and lines. For each, <see cref="FactExtractor.Extract(string, DateOnly?)"/>
/// returns without throwing, no stage fails, and every offset gives back its span's text.
/// A few thousand cases in the normal run; <c>FUZZ_CASES=1000000</c> in the environment for a soak.
/// </summary>
public class ExtractionPropertyTests
{
    private const int DefaultCases = 3000;

    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    private static readonly string[] Sentences =
    {
        "BlackBerry said on Monday it would shut down its operations in Pakistan by Dec. 30.",
        "The company's shares fell 3 percent last week, the Financial Times reported.",
        "Apple Inc. will report results for the quarter ended Sept. 30 on Tuesday, Oct. 27.",
        "Sen. Bernie Sanders, I-Vt., told reporters in Des Moines that he would not drop out.",
        "According to the Interior Ministry, the talks collapsed two years ago.",
        "Shares of Globex Corporation rose 12% in early trading Friday morning.",
        "She said the plan, announced in March 2015, was \"dead on arrival.\"",
        "The deal is expected to close in the first half of next year, a spokesman said.",
    };

    private static readonly string[] Names =
    {
        "Pat Caddell", "Caddell", "Rep. Jim Clyburn", "BlackBerry", "the company", "he", "she", "Reuters", "O’Brien",
        "Jean-Luc Picard", "U.S.", "International Business Machines Corp.", "NASA", "Dr. Zoë Müller", "李明",
    };

    private static readonly string[] DateLike =
    {
        "Monday", "Monday Dec. next year", "Monday0 March1/5/2020", "11/30/2015", "2015-11-30", "Dec. 30", "30 December 2015",
        "last week", "two years ago", "the third quarter", "4:49 p.m.", "Sept. 31", "Feb. 29, 2015", "0/0/0000", "99/99/9999",
        "June 23 last year", "Sat.", "the year ended March 31", "tomorrow night", "1988", "the 1990s", "Q3", "this winter",
        "Thanksgiving", "Monday, November 30, 2015", "in 5,000 years", "31st of February", "9999-12-31", "0001-01-01",
    };

    private static readonly string[] Marks =
    {
        "\"", "“", "”", "„", "«", "»", "‟", "＂", "'", "‘", "’", "‚", "‹", "›", "「", "」", "\" ", " \"", "“”", "\"\"",
    };

    private static readonly string[] Controls =
    {
        "\0", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\n\n", "\u000B", "\f", "\u001B", "\u007F", "\u0085",
        "\u00A0", "\u200B", "\u200D", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\u0301", "\u00AD",
    };

    private static readonly string[] Surrogates = { "\uD800", "\uDFFF", "\uDBFF", "\uDC00", "\uD83D\uDE00", "\uDE00\uD83D" };

    private static Gen<string> Fragment() => Gen.Frequency(
        (8, Gen.Elements(Sentences)),
        (4, Gen.Elements(Names)),
        (4, Gen.Elements(DateLike)),
        (4, Gen.Elements(Marks)),
        (2, Gen.Elements(Controls)),
        (1, Gen.Elements(Surrogates)),
        (4, Gen.Elements(" ", " ", ", ", ". ", ": ", " said ", " — ", "\n")),
        (1, Gen.Choose(1, 3000).Select(n => new string('a', n))),
        (1, Gen.Choose(1, 200).Select(n => string.Concat(Enumerable.Repeat("word ", n)))),
        (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));

    private static Arbitrary<string> Documents() =>
        Fragment().ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out int n) && n > 0 ? n : DefaultCases;

    [Fact]
    public void EveryGeneratedDocumentIsExtractedWithOffsetsThatGiveBackTheSpanText() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Documents(), (string text) => CheckDocument(text)));

    [Fact]
    public void EveryGeneratedDocumentIsExtractedAgainstAReferenceDate() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Math.Max(1, Cases / 3)), Prop.ForAll(Documents(), (string text) => CheckDocument(text, new DateOnly(2015, 11, 30))));

    private static void CheckDocument(string text, DateOnly? referenceDate = null)
    {
        var result = Extractor.Extract(text, referenceDate);

        Assert.True(result.Error is null, $"{result.Error} for {Escaped(text)}");
        var t = result.Text;
        foreach (var e in result.Entities) Assert.Equal(e.Text, Span(t, e.Start, e.End));
        foreach (var d in result.Dates) Assert.Equal(d.Text, Span(t, d.Start, d.End));
        foreach (var q in result.Quotes)
        {
            Assert.Equal(q.Text, Span(t, q.Start, q.End));
            if (q.SpeakerStart is { } s) Assert.InRange(q.SpeakerEnd!.Value, s + 1, t.Length);
        }
    }

    private static string Span(string text, int start, int end)
    {
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
        return text[start..end];
    }

    // Control characters and surrogates shown as escapes, so a failing case can be pasted into a test.
    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
