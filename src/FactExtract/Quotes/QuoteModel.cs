namespace FactExtract.Quotes;

/// <summary>
/// The two small linear models of the quote stage, learnt with ML.NET (logistic regression) on
/// PolNeAR train by <c>factextract train-quotes</c> and scored here with the project's own code:
/// one tells quotations from scare quotes and titles (<see cref="QuotationFeatures"/>), the other
/// ranks competing speaker mentions (<see cref="SpeakerFeatures"/>). A positive score means yes.
/// </summary>
internal sealed class QuoteModel
{
    private readonly float[] _filter;
    private readonly float[] _ranker;

    public QuoteModel(ReadOnlySpan<float> filterWeights, float filterBias, ReadOnlySpan<float> rankerWeights, float rankerBias, float filterThreshold = 0)
    {
        FilterThreshold = filterThreshold;
        if (filterWeights.Length != QuotationFeatures.Count) throw new ArgumentException($"expected {QuotationFeatures.Count} quotation weights, got {filterWeights.Length}", nameof(filterWeights));
        if (rankerWeights.Length != SpeakerFeatures.Count) throw new ArgumentException($"expected {SpeakerFeatures.Count} speaker weights, got {rankerWeights.Length}", nameof(rankerWeights));
        _filter = filterWeights.ToArray();
        _ranker = rankerWeights.ToArray();
        FilterBias = filterBias;
        RankerBias = rankerBias;
    }

    /// <summary>The weights committed in <see cref="QuoteModelWeights"/>.</summary>
    public static QuoteModel Shipped { get; } = new(QuoteModelWeights.Filter, QuoteModelWeights.FilterBias, QuoteModelWeights.Ranker, QuoteModelWeights.RankerBias, QuoteModelWeights.FilterThreshold);

    public ReadOnlySpan<float> FilterWeights => _filter;

    public float FilterBias { get; }

    /// <summary>The quotation score above which a span is a quotation: chosen on PolNeAR train for the best direct-quote F1 (0 = ML.NET's own decision).</summary>
    public float FilterThreshold { get; }

    /// <summary>A copy with another quotation threshold.</summary>
    public QuoteModel WithFilterThreshold(float threshold) => new(_filter, FilterBias, _ranker, RankerBias, threshold);

    public ReadOnlySpan<float> RankerWeights => _ranker;

    public float RankerBias { get; }

    /// <summary>Is the span a quotation: its score above <see cref="FilterThreshold"/>.</summary>
    public bool IsQuotation(ReadOnlySpan<float> features) => ScoreQuotation(features) > FilterThreshold;

    /// <summary>The quotation-vs-scare-quote score (log odds); positive = a quotation by ML.NET's decision.</summary>
    public float ScoreQuotation(ReadOnlySpan<float> features) => Dot(_filter, features) + FilterBias;

    /// <summary>The speaker candidate score (log odds that the mention is the speaker).</summary>
    public float ScoreSpeaker(ReadOnlySpan<float> features) => Dot(_ranker, features) + RankerBias;

    private static float Dot(ReadOnlySpan<float> w, ReadOnlySpan<float> x)
    {
        float s = 0;
        for (int i = 0; i < w.Length; i++) s += w[i] * x[i];
        return s;
    }
}

/// <summary>Which decisions of the quote stage use the learnt models instead of the hand rules.</summary>
/// <param name="LearnedFilter">Quotation vs scare quote by <see cref="QuoteModel.ScoreQuotation"/> (else <see cref="QuotationFilter"/>).</param>
/// <param name="LearnedRanker">Speaker by the best <see cref="QuoteModel.ScoreSpeaker"/> among all candidates (else the rules' fixed order).</param>
internal sealed record QuoteFinderOptions(bool LearnedFilter, bool LearnedRanker)
{
    public static QuoteFinderOptions Rules { get; } = new(false, false);

    /// <summary>
    /// What the pipeline runs, per decision the better on PolNeAR dev (docs/readme-quotes.md): the
    /// learnt speaker ranker; the hand rules for quotation vs scare quote (the learnt filter measured
    /// about the same and broke contract cases the rules keep, such as an attributed unclosed quotation).
    /// </summary>
    public static QuoteFinderOptions Shipped { get; } = new(false, true);
}
