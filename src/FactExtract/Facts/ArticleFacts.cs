namespace FactExtract;

/// <summary>
/// The article's facts as a reader wants them first: which organisations, what happened when,
/// who said what. Derived from the mention lists of an <see cref="ExtractionResult"/>.
/// </summary>
/// <param name="Organisations">ORG entities folded by canonical name, most mentioned first.</param>
/// <param name="Timeline">Dates folded by value, in value order (see <see cref="ArticleFacts.From"/>).</param>
/// <param name="Speakers">Quotations grouped by speaker, in order of each speaker's first quotation.</param>
public sealed record ArticleFacts(
    IReadOnlyList<OrganisationFact> Organisations,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<SpeakerQuotes> Speakers)
{
    /// <summary>No facts: the value for a result that has not been summarised.</summary>
    public static ArticleFacts Empty { get; } = new(Array.Empty<OrganisationFact>(), Array.Empty<TimelineEntry>(), Array.Empty<SpeakerQuotes>());

    /// <summary>
    /// Summarises mention lists. The timeline orders calendar values (which sort as text) with
    /// <c>PAST_REF</c> before them, <c>PRESENT_REF</c> at the reference date (after every calendar
    /// value when none is known), and <c>FUTURE_REF</c>, durations, sets and values without a year
    /// after them.
    /// </summary>
    /// <param name="entities">Named entities; only <c>ORG</c> ones are summarised.</param>
    /// <param name="dates">Date mentions.</param>
    /// <param name="quotes">Quotations.</param>
    /// <param name="referenceDate">The article's reference date, which places <c>PRESENT_REF</c>.</param>
    public static ArticleFacts From(
        IEnumerable<EntityMention> entities,
        IEnumerable<DateMention> dates,
        IEnumerable<Quotation> quotes,
        DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(quotes);

        var organisations = entities
            .Where(e => e.Label == "ORG")
            .GroupBy(e => e.Canonical, StringComparer.Ordinal)
            .Select(g => new OrganisationFact(g.Key, g.Count(), g.Min(e => e.Start)))
            .OrderByDescending(o => o.Mentions)
            .ThenBy(o => o.FirstStart)
            .ToArray();

        string presentKey = referenceDate is { } rd ? rd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "~" : "9999~";
        var timeline = dates
            .OrderBy(d => d.Start)
            .GroupBy(d => d.Value, StringComparer.Ordinal)
            .Select(g => new TimelineEntry(g.Key, g.First().Type, g.First().Text, g.Count(), g.First().Start))
            .OrderBy(t => TimelineKey(t.Value, presentKey), StringComparer.Ordinal)
            .ThenBy(t => t.FirstStart)
            .ToArray();

        var speakers = quotes
            .OrderBy(q => q.Start)
            .GroupBy(q => q.Speaker, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SpeakerQuotes(g.Key, g.ToArray()))
            .ToArray();

        return new ArticleFacts(organisations, timeline, speakers);
    }

    // Calendar values (they start with a digit) sort correctly as text; the rest are given keys around them.
    private static string TimelineKey(string value, string presentKey) => value switch
    {
        "PAST_REF" => "",
        "PRESENT_REF" => presentKey,
        "FUTURE_REF" => "~0",
        _ when value.Length > 0 && char.IsAsciiDigit(value[0]) => value,
        _ => "~1" + value,
    };
}
