namespace FactExtract.Evaluation;

/// <summary>A prediction for one document scored against its gold file (see <see cref="GoldScorer"/>).</summary>
internal sealed record GoldEvaluation
{
    public required string DocumentId { get; init; }

    public DateOnly? GoldReferenceDate { get; init; }

    public DateOnly? PredictedReferenceDate { get; init; }

    /// <summary>Exact span and label, per OntoNotes label (every label in gold or prediction), ordinal order.</summary>
    public required IReadOnlyDictionary<string, GoldCounts> EntityLabels { get; init; }

    /// <summary>Exact span and label over all labels (micro-averaged).</summary>
    public required GoldCounts Entities { get; init; }

    /// <summary>Canonical names equal, over exactly matched entities.</summary>
    public required GoldAccuracy Canonical { get; init; }

    /// <summary>Dates with exactly the gold extent.</summary>
    public required GoldCounts DatesStrict { get; init; }

    /// <summary>Dates overlapping a gold date (one-to-one).</summary>
    public required GoldCounts DatesRelaxed { get; init; }

    /// <summary>Dates overlapping a gold date and carrying its value: recall here is "gold dates found with their value".</summary>
    public required GoldCounts DateValues { get; init; }

    /// <summary>Value equal, over dates matched by overlap (TempEval-3's value accuracy).</summary>
    public required GoldAccuracy DateValueAccuracy { get; init; }

    /// <summary>Type equal, over dates matched by overlap.</summary>
    public required GoldAccuracy DateTypeAccuracy { get; init; }

    /// <summary>Quotations with exactly the gold span (quote marks included).</summary>
    public required GoldCounts QuotesExact { get; init; }

    /// <summary>Quotations overlapping a gold quotation (one-to-one).</summary>
    public required GoldCounts QuotesOverlap { get; init; }

    /// <summary>Speaker name equal (case and a possessive ending ignored; both null counts), over quotations matched by overlap.</summary>
    public required GoldAccuracy Speakers { get; init; }

    /// <summary>Speaker mention offsets equal, over quotations matched by overlap.</summary>
    public required GoldAccuracy SpeakerMentions { get; init; }

    /// <summary>Every miss, false alarm and wrong attribute, in text order.</summary>
    public required IReadOnlyList<GoldDiscrepancy> Discrepancies { get; init; }
}
