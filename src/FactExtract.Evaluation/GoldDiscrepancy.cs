namespace FactExtract.Evaluation;

/// <summary>What went wrong with one item when a prediction is compared with a gold file.</summary>
internal enum GoldIssue
{
    /// <summary>In gold, not predicted (for dates and quotes: not even an overlapping span).</summary>
    Miss,

    /// <summary>Predicted, not in gold.</summary>
    FalseAlarm,

    /// <summary>Found, but with different boundaries (dates and quotes only: they match by overlap).</summary>
    WrongExtent,

    /// <summary>A date found with the wrong TIMEX3 value.</summary>
    WrongValue,

    /// <summary>A date found with the wrong TIMEX3 type.</summary>
    WrongType,

    /// <summary>A quotation found with the wrong speaker.</summary>
    WrongSpeaker,
}

/// <summary>One miss, false alarm or wrong attribute, with the line of text it sits in.</summary>
/// <param name="Kind"><c>entity</c>, <c>date</c> or <c>quote</c>.</param>
/// <param name="Issue">What is wrong.</param>
/// <param name="Start">Start of the gold span (of the predicted span for a false alarm).</param>
/// <param name="End">End (exclusive) of that span.</param>
/// <param name="Text">The span's text.</param>
/// <param name="Expected">What gold says (label, value, speaker, extent), or null when gold has nothing here.</param>
/// <param name="Found">What the prediction says, or null when it has nothing here.</param>
/// <param name="Line">1-based line number of <paramref name="Start"/>.</param>
/// <param name="Context">That line (shortened around the span when long), the span marked with [[ ]].</param>
internal sealed record GoldDiscrepancy(
    string Kind,
    GoldIssue Issue,
    int Start,
    int End,
    string Text,
    string? Expected,
    string? Found,
    int Line,
    string Context);
