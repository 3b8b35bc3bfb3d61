namespace FactExtract.Corpus;

/// <summary>One organisation across the corpus.</summary>
/// <param name="Name">Its canonical name.</param>
/// <param name="Mentions">Mentions over all articles.</param>
/// <param name="Articles">Articles that mention it.</param>
/// <param name="ByMonth">Mentions per month of the mentioning articles' reference dates, by month.</param>
/// <param name="DocumentIds">The first few articles that mention it (bounded), to link to.</param>
public sealed record OrganisationSummary(string Name, long Mentions, long Articles, IReadOnlyList<MonthCount> ByMonth, IReadOnlyList<string> DocumentIds);

/// <summary>One speaker across the corpus.</summary>
/// <param name="Name">The speaker's resolved name.</param>
/// <param name="Quotations">Quotations attributed to the speaker.</param>
/// <param name="Articles">Articles that quote the speaker.</param>
/// <param name="Quotes">The first few quotations (bounded, long ones shortened).</param>
public sealed record SpeakerSummary(string Name, long Quotations, long Articles, IReadOnlyList<QuoteSample> Quotes);

/// <summary>A quotation kept as an example.</summary>
/// <param name="Text">The quotation, shortened with an ellipsis when very long.</param>
/// <param name="DocumentId">The article it is from.</param>
/// <param name="ReferenceDate">That article's reference date, when it has one.</param>
public sealed record QuoteSample(string Text, string DocumentId, DateOnly? ReferenceDate);

/// <summary>A count for one calendar month.</summary>
/// <param name="Month">The month as <c>YYYY-MM</c>.</param>
/// <param name="Count">The count.</param>
public sealed record MonthCount(string Month, long Count);

/// <summary>Two organisations named in the same articles.</summary>
/// <param name="First">One canonical name (the ordinally smaller).</param>
/// <param name="Second">The other.</param>
/// <param name="Articles">Articles naming both.</param>
public sealed record CoMention(string First, string Second, long Articles);

/// <summary>A document that could not be processed.</summary>
/// <param name="Id">The document, as the errors file names it.</param>
/// <param name="Error">Why.</param>
public sealed record FailureSample(string Id, string Error);
