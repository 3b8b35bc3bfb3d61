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
    /// <summary>
    /// Who said what over every attribution (direct, mixed and indirect): grouped by the resolved speaker, in order of
    /// each speaker's first attribution; attributions with no resolved speaker form one group with a null speaker.
    /// </summary>
    public IReadOnlyList<SpeakerAttributions> Statements { get; init; } = Array.Empty<SpeakerAttributions>();

    /// <summary>Groups attributions by their resolved speaker, as <see cref="Statements"/> holds them.</summary>
    /// <param name="attributions">The attributions, in text order.</param>
    /// <returns>One group per speaker, in order of first attribution.</returns>
    public static IReadOnlyList<SpeakerAttributions> GroupStatements(IEnumerable<AttributionMention> attributions)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        var groups = new List<(string? Speaker, List<AttributionMention> Items)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int none = -1;
        foreach (var a in attributions)
        {
            int k;
            if (a.Speaker is null)
            {
                if (none < 0) { none = groups.Count; groups.Add((null, new List<AttributionMention>())); }
                k = none;
            }
            else if (!index.TryGetValue(a.Speaker, out k))
            {
                k = groups.Count;
                index[a.Speaker] = k;
                groups.Add((a.Speaker, new List<AttributionMention>()));
            }

            groups[k].Items.Add(a);
        }

        var result = new SpeakerAttributions[groups.Count];
        for (int k = 0; k < groups.Count; k++) result[k] = new SpeakerAttributions(groups[k].Speaker, groups[k].Items.ToArray());
        return result;
    }

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

        var organisations = FoldOrganisations(entities as EntityMention[] ?? entities.ToArray());
        string presentKey = referenceDate is { } rd ? PresentKey(rd) : "9999~";
        var timeline = FoldTimeline(TextOrder.ByStart(dates, static d => d.Start), presentKey);
        var speakers = FoldSpeakers(TextOrder.ByStart(quotes, static q => q.Start));
        return new ArticleFacts(organisations, timeline, speakers);
    }

    // The folds below are hand-written for speed (a result is built for every document); each keeps the order a
    // LINQ GroupBy (groups in order of first appearance) followed by a stable OrderBy would give.

    // ORG entities by canonical name: most mentioned first, then by first mention.
    private static OrganisationFact[] FoldOrganisations(EntityMention[] entities)
    {
        var found = new List<(string Canonical, int Mentions, int FirstStart)>();
        var index = new GroupIndex(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Label != "ORG") continue;
            int k = index.Find(e.Canonical);
            if (k >= 0)
            {
                var o = found[k];
                found[k] = (o.Canonical, o.Mentions + 1, Math.Min(o.FirstStart, e.Start));
            }
            else
            {
                index.Add(e.Canonical);
                found.Add((e.Canonical, 1, e.Start));
            }
        }

        var sorted = StableSort(found, static (a, b) => a.Mentions != b.Mentions ? b.Mentions.CompareTo(a.Mentions) : a.FirstStart.CompareTo(b.FirstStart));
        var organisations = new OrganisationFact[sorted.Length];
        for (int k = 0; k < sorted.Length; k++) organisations[k] = new OrganisationFact(sorted[k].Canonical, sorted[k].Mentions, sorted[k].FirstStart);
        return organisations;
    }

    // Dates (in text order) by value, in timeline order.
    private static TimelineEntry[] FoldTimeline(DateMention[] dates, string presentKey)
    {
        var found = new List<(DateMention First, int Mentions, string Key)>();
        var index = new GroupIndex(StringComparer.Ordinal);
        foreach (var d in dates)
        {
            int k = index.Find(d.Value);
            if (k >= 0)
            {
                found[k] = (found[k].First, found[k].Mentions + 1, found[k].Key);
                continue;
            }

            index.Add(d.Value);
            found.Add((d, 1, TimelineKey(d.Value, presentKey)));
        }

        var sorted = StableSort(found, static (a, b) =>
        {
            int byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : a.First.Start.CompareTo(b.First.Start);
        });
        var timeline = new TimelineEntry[sorted.Length];
        for (int k = 0; k < sorted.Length; k++)
        {
            var first = sorted[k].First;
            timeline[k] = new TimelineEntry(first.Value, first.Type, first.Text, sorted[k].Mentions, first.Start);
        }

        return timeline;
    }

    // Quotations (in text order) by speaker, ignoring case, in order of each speaker's first quotation.
    private static SpeakerQuotes[] FoldSpeakers(Quotation[] quotes)
    {
        var groups = new List<(string? Speaker, List<Quotation> Quotes)>();
        var index = new GroupIndex(StringComparer.OrdinalIgnoreCase);
        var groupOf = new List<int>();
        int unattributed = -1;
        foreach (var q in quotes)
        {
            int k;
            if (q.Speaker is null)
            {
                if (unattributed < 0) { unattributed = groups.Count; groups.Add((null, new List<Quotation>())); }
                k = unattributed;
            }
            else if ((k = index.Find(q.Speaker)) >= 0)
            {
                k = groupOf[k];
            }
            else
            {
                k = groups.Count;
                index.Add(q.Speaker);
                groupOf.Add(k);
                groups.Add((q.Speaker, new List<Quotation>()));
            }

            groups[k].Quotes.Add(q);
        }

        var speakers = new SpeakerQuotes[groups.Count];
        for (int k = 0; k < groups.Count; k++) speakers[k] = new SpeakerQuotes(groups[k].Speaker, groups[k].Quotes.ToArray());
        return speakers;
    }

    private const int InsertionSortLimit = 16;

    // A stable sort: ties keep their order in the list.
    private static T[] StableSort<T>(List<T> items, Comparison<T> compare)
    {
        // A few groups (most articles): an insertion sort, stable by itself, without the index array and closure.
        if (items.Count <= InsertionSortLimit)
        {
            var few = items.ToArray();
            for (int i = 1; i < few.Length; i++)
            {
                var x = few[i];
                int j = i - 1;
                while (j >= 0 && compare(few[j], x) > 0)
                {
                    few[j + 1] = few[j];
                    j--;
                }

                few[j + 1] = x;
            }

            return few;
        }

        var order = new int[items.Count];
        for (int k = 0; k < order.Length; k++) order[k] = k;
        Array.Sort(order, (a, b) =>
        {
            int c = compare(items[a], items[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        var sorted = new T[order.Length];
        for (int k = 0; k < order.Length; k++) sorted[k] = items[order[k]];
        return sorted;
    }

    // The reference date's key: just after every value of that day ("2016-10-01~").
    private static string PresentKey(DateOnly referenceDate) => string.Create(IsoDate.Length + 1, referenceDate, static (span, d) =>
    {
        IsoDate.Format(d, span);
        span[IsoDate.Length] = '~';
    });

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
