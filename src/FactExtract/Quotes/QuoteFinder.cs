using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Quotes;

/// <summary>
/// Finds quotations and attributes them to speakers: pairs the quote marks, drops scare quotes and
/// titles, finds each quotation's cue and speaker mention, lets a quotation with no attribution of
/// its own continue the previous speaker (the news convention), and resolves the mention to a name.
/// </summary>
internal sealed class QuoteFinder : IProcess
{
    private readonly QuoteModel _model;
    private readonly QuoteFinderOptions _options;

    public QuoteFinder()
        : this(QuoteModel.Shipped, QuoteFinderOptions.Shipped)
    {
    }

    public QuoteFinder(QuoteModel model, QuoteFinderOptions options)
    {
        _model = model;
        _options = options;
    }

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken) =>
        Find(document.Text, document.Entities, document.Quotes, _model, _options, scratch: document.Scratch<QuoteScratch>(), lines: document.Lines);

    internal static void Find(string text, IReadOnlyList<EntityMention> entities, List<Quotation> output) =>
        Find(text, entities, output, QuoteModel.Shipped, QuoteFinderOptions.Shipped);

    /// <summary>
    /// Finds the quotations of <paramref name="text"/>; <paramref name="trace"/>, when given, receives every decision's
    /// features (training); <paramref name="scratch"/>, when given, lends its lists (new ones otherwise);
    /// <paramref name="lines"/> are the document's lines when the segmentation stage made them (split here otherwise).
    /// </summary>
    internal static void Find(string text, IReadOnlyList<EntityMention> entities, List<Quotation> output, QuoteModel model, QuoteFinderOptions options, QuoteTrace? trace = null, QuoteScratch? scratch = null, List<Paragraph>? lines = null)
    {
        scratch ??= new QuoteScratch();
        scratch.Resolver = null;
        if (lines is null)
        {
            lines = scratch.Lines;
            lines.Clear();
            TextLines.Split(text, lines);
        }
        var spans = scratch.Spans;
        spans.Clear();
        QuoteScanner.Scan(text, lines, spans);
        if (spans.Count == 0) return;

        var attributor = new Attributor(text, lines, scratch.NearbyWords);
        SplitAttributedLastParagraphs(text, lines, spans, attributor);
        var resolver = new SpeakerResolver(text, entities, spans, scratch);
        scratch.Resolver = resolver;
        Span<float> quotationFeatures = stackalloc float[QuotationFeatures.Count];
        Span<float> speakerFeatures = stackalloc float[SpeakerFeatures.Count];
        bool rank = options.LearnedRanker || trace is not null;
        bool filterByModel = options.LearnedFilter || trace is not null;
        var candidates = rank ? scratch.Candidates : null;
        Attribution previous = Attribution.Nothing;
        string? previousSpeaker = null;
        int previousLine = -10, acceptedEnd = -1, acceptedLine = -1;
        for (int k = 0; k < spans.Count; k++)
        {
            var q = spans[k];
            var line = lines[q.FirstParagraph];
            var lastLine = lines[q.LastParagraph];
            // Look back to the previous quotation of this paragraph; scare quotes do not cut the sentence.
            int from = acceptedLine == q.FirstParagraph ? acceptedEnd : line.Start;
            int to = k + 1 < spans.Count && spans[k + 1].FirstParagraph == q.LastParagraph ? spans[k + 1].Start : lastLine.End;

            var a = Attribute(text, attributor, q, from, to, out bool sentenceInitial);
            if (!a.Found && q.Start == line.Start) a = attributor.LineBefore(q.FirstParagraph);
            if (!a.Found && q.End >= lastLine.End - 1) a = attributor.LineAfter(q.LastParagraph);
            bool canContinue = previous.HasMention && q.FirstParagraph - previousLine <= 1;
            bool ruleVerdict = QuotationFilter.IsQuotation(text, q, a, sentenceInitial);
            bool isQuotation = ruleVerdict;
            if (filterByModel)
            {
                QuotationFeatures.Fill(text, q, line, lastLine, a, sentenceInitial, canContinue, ruleVerdict, quotationFeatures);
                bool fragment = QuotationFilter.IsFragment(text, q);
                if (options.LearnedFilter && fragment) isQuotation = model.IsQuotation(quotationFeatures);
                trace?.Quotations.Add(new QuotationRow(q.Start, q.End, quotationFeatures.ToArray(), ruleVerdict, fragment));
            }

            if (!isQuotation) continue;

            // The rules: the attribution found first; else a quotation with no attribution right
            // after another one continues its speaker.
            var chosen = a;
            if (!a.HasMention && !a.Found && canContinue && sentenceInitial) chosen = previous with { Route = AttributionRoute.Continuation };
            if (rank)
            {
                Candidates(attributor, q, from, to, line, lastLine, previous, canContinue, candidates!);
                bool endsWithComma = q.Closed && EndsWithComma(text, q);
                var ruleChosen = chosen;
                float best = float.NegativeInfinity;
                int group = trace is null ? 0 : trace.Groups++;
                foreach (var (c, source) in candidates!)
                {
                    bool ruleChoice = ruleChosen.HasMention && c.MentionStart == ruleChosen.MentionStart && c.MentionEnd == ruleChosen.MentionEnd;
                    bool sameParagraph = source is not (CandidateSource.LineBefore or CandidateSource.LineAfter) && !(source == CandidateSource.Continuation && q.FirstParagraph != previousLine);
                    SpeakerFeatures.Fill(text, q, c, source, endsWithComma, sentenceInitial, ruleChoice, candidates.Count, sameParagraph, speakerFeatures);
                    trace?.Speakers.Add(new SpeakerRow(group, q.Start, q.End, c.MentionStart, c.MentionEnd, speakerFeatures.ToArray(), ruleChoice));
                    if (!options.LearnedRanker) continue;
                    float score = model.ScoreSpeaker(speakerFeatures);
                    if (score > best) { best = score; chosen = c; }
                }
            }

            string? speaker = null;
            if (chosen.HasMention)
                speaker = chosen.Route == AttributionRoute.Continuation && previous.MentionStart == chosen.MentionStart ? previousSpeaker : resolver.Resolve(chosen.Kind, chosen.MentionStart, chosen.MentionEnd);

            string? cue = chosen.CueStart >= 0 && chosen.CueEnd > chosen.CueStart ? text.Substring(chosen.CueStart, chosen.CueEnd - chosen.CueStart) : null;
            output.Add(new Quotation(
                text.Substring(q.Start, q.End - q.Start),
                q.Start,
                q.End,
                speaker,
                speaker is null ? null : chosen.MentionStart,
                speaker is null ? null : chosen.MentionEnd,
                speaker is null ? null : cue));
            previous = speaker is null ? Attribution.Nothing : chosen;
            previousSpeaker = speaker;

            previousLine = q.LastParagraph;
            acceptedEnd = q.End;
            acceptedLine = q.LastParagraph;
        }
    }

    // Every speaker mention some rule would offer for the quotation, each once (the first route that found it).
    private static void Candidates(Attributor attributor, QuoteSpan q, int from, int to, Paragraph line, Paragraph lastLine, Attribution previous, bool canContinue, List<(Attribution, CandidateSource)> list)
    {
        list.Clear();
        // The tight reading first: a mention it also finds is marked as such.
        if (q.Closed) Add(list, attributor.After(q, to, tight: true), CandidateSource.AfterTight);
        Add(list, attributor.After(q, to), CandidateSource.After);
        Add(list, attributor.Before(q, from, out _), CandidateSource.Before);
        if (q.Start == line.Start) Add(list, attributor.LineBefore(q.FirstParagraph), CandidateSource.LineBefore);
        if (q.End >= lastLine.End - 1) Add(list, attributor.LineAfter(q.LastParagraph), CandidateSource.LineAfter);
        if (canContinue) Add(list, previous with { Route = AttributionRoute.Continuation }, CandidateSource.Continuation);
    }

    private static void Add(List<(Attribution, CandidateSource)> list, Attribution a, CandidateSource source)
    {
        if (!a.HasMention) return;
        foreach (var (b, _) in list)
            if (b.MentionStart == a.MentionStart && b.MentionEnd == a.MentionEnd) return;
        list.Add((a, source));
    }

    /// <summary>
    /// A quotation running over paragraphs whose last paragraph carries its own attribution
    /// ("“…” he said" after an unclosed paragraph) is two quotations when the earlier paragraphs
    /// had their own attribution: the earlier paragraphs, and the attributed last one.
    /// </summary>
    private static void SplitAttributedLastParagraphs(string text, List<Paragraph> lines, List<QuoteSpan> spans, Attributor attributor)
    {
        for (int k = 0; k < spans.Count; k++)
        {
            var q = spans[k];
            if (q.FirstParagraph == q.LastParagraph || !q.Closed) continue;
            var last = lines[q.LastParagraph];
            var tail = new QuoteSpan(last.Start, q.End, true, q.LastParagraph, q.LastParagraph);
            int to = k + 1 < spans.Count && spans[k + 1].FirstParagraph == q.LastParagraph ? spans[k + 1].Start : last.End;
            if (!EndsOpen(text, tail) || !attributor.After(tail, to).Found) continue;
            // Only when the earlier paragraphs were introduced on their own ("…,” he said. “They think …").
            var first = lines[q.FirstParagraph];
            if (q.Start == first.Start && !attributor.Before(q, first.Start, out _).Found && !attributor.LineBefore(q.FirstParagraph).Found) continue;
            var before = lines[q.LastParagraph - 1];
            spans[k] = new QuoteSpan(q.Start, before.End, false, q.FirstParagraph, q.LastParagraph - 1);
            spans.Insert(k + 1, tail);
            k++;
        }
    }

    // Quotations ending in a comma (or ? !) usually take the attribution after them; others before.
    private static Attribution Attribute(string text, Attributor attributor, QuoteSpan q, int from, int to, out bool sentenceInitial)
    {
        bool afterFirst = q.Closed && EndsWithComma(text, q);
        Attribution a;
        if (afterFirst)
        {
            a = attributor.After(q, to);
            // "…,” Her critics cited it …": a naming verb with a description is no attribution.
            if (a.WeakCue && a.Kind == MentionKind.Description && !a.PublicationSpeaker) a = Attribution.Nothing;
            // "the “Never Trump” movement continues": without a comma the quote modifies a noun.
            if (a.Kind == MentionKind.Description && !EndsWithPunctuation(text, q)) a = Attribution.Nothing;
            var b = attributor.Before(q, from, out sentenceInitial);
            return a.Found ? a : b;
        }

        a = attributor.Before(q, from, out sentenceInitial);
        if (a.Found) return a;
        return q.Closed ? attributor.After(q, to, tight: true) : Attribution.Nothing;
    }

    private static bool EndsWithComma(string text, QuoteSpan q)
    {
        for (int k = q.End - 2; k > q.Start; k--)
        {
            char c = text[k];
            if (c is '’' or '\'' or ')' or ' ') continue;
            return c is not ('.' or '?' or '!');
        }

        return false;
    }

    private static bool EndsWithPunctuation(string text, QuoteSpan q)
    {
        int k = q.End - 2;
        while (k > q.Start && text[k] is '’' or '\'' or ' ') k--;
        return k > q.Start && char.IsPunctuation(text[k]) || q.End < text.Length && text[q.End] == ',';
    }

    private static bool EndsOpen(string text, QuoteSpan q)
    {
        for (int k = q.End - 2; k > q.Start; k--)
        {
            char c = text[k];
            if (c is '’' or '\'' or ')' or ' ') continue;
            return c is not '.';
        }

        return false;
    }
}
