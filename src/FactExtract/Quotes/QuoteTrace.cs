namespace FactExtract.Quotes;

/// <summary>One quoted span the filter judged, with its features, the rules' verdict and whether it is a fragment the model decides (training data).</summary>
internal sealed record QuotationRow(int Start, int End, float[] Features, bool RuleVerdict, bool Fragment);

/// <summary>One speaker candidate of an accepted quotation, with its features (training data).</summary>
internal sealed record SpeakerRow(int Group, int QuoteStart, int QuoteEnd, int MentionStart, int MentionEnd, float[] Features, bool RuleChoice);

/// <summary>What <see cref="QuoteFinder"/> saw, for training the models; null in normal runs.</summary>
internal sealed class QuoteTrace
{
    public List<QuotationRow> Quotations { get; } = new();

    public List<SpeakerRow> Speakers { get; } = new();

    public int Groups { get; set; }
}
