namespace FactExtract.Tests.Robustness;

/// <summary>A combining mark is part of its word: it does not cut a speaker mention short (issue 20).</summary>
public class CombiningMarkSpeakerTests
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    [Theory]
    [InlineData("\u201CWe grew,\u201D said Ame\u0301lie Poulain.", "Ame\u0301lie Poulain")]
    [InlineData("\u201CWe grew,\u201D said Jose\u0301 Garci\u0301a, a spokesman.", "Jose\u0301 Garci\u0301a")]
    [InlineData("\u201CWe grew,\u201D said Cafe\u0301 Nero Holdings Inc.", "Cafe\u0301 Nero Holdings Inc.")]
    public void TheSpeakerMentionCoversTheWholeName(string text, string mention)
    {
        var quote = Assert.Single(Extractor.Extract(text).Quotes);

        Assert.Equal(mention, text[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value]);
    }
}
