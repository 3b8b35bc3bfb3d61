using System.Runtime.InteropServices;
using FactExtract.Entities;
using FactExtract.Entities.Neural;
using FactExtract.Quotes;
using FactExtract.Text;

namespace FactExtract.Attributions;

/// <summary>
/// Reported speech as the attribution tagger (<see cref="AttributionModel.Accurate"/>) finds it: each line's tokens are
/// tagged CUE, SRC or CNT, and each content is joined to the nearest cue of its line and the source nearest that cue.
/// A content that is only a quotation is left to the quote stage (it is a direct attribution already); one with quote
/// marks and words outside them is mixed, any other indirect.
/// </summary>
internal static class NeuralAttributions
{
    private const int None = 0, Cue = 1, Source = 2, Content = 3;

    // Capitalised words that name no one: "the company’s blog late Sunday night".
    private static readonly WordSet CalendarNames = WordSet.Of(
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
        "September October November December");

    public static void Find(
        string text,
        List<Token> tokens,
        IReadOnlyList<Paragraph> lines,
        IReadOnlyList<Quotation> quotes,
        IReadOnlyList<EntityMention> names,
        SpeakerResolver resolver,
        NeuralNerModel model,
        NeuralScratch scratch,
        List<AttributionMention> output)
    {
        var kinds = KindsOf(model.Labels);
        var all = CollectionsMarshal.AsSpan(tokens);
        var spans = new List<(int Kind, int Start, int End)>();
        int t = 0;
        foreach (var line in lines)
        {
            while (t < all.Length && all[t].Start < line.Start) t++;
            int first = t;
            while (t < all.Length && all[t].Start < line.End) t++;
            if (t == first) continue;
            var sentence = all[first..t];
            var tags = new int[sentence.Length];
            NeuralEntityTagger.Tag(model, text, sentence, tags, scratch);
            spans.Clear();
            for (int i = 0; i < tags.Length; i++)
            {
                int kind = kinds[tags[i]];
                if (kind == None) continue;
                if (model.Labels.Continues(tags[i]) && spans.Count > 0 && spans[^1].Kind == kind && i > 0 && tags[i - 1] != 0)
                    spans[^1] = (kind, spans[^1].Start, sentence[i].End);
                else spans.Add((kind, sentence[i].Start, sentence[i].End));
            }

            foreach (var c in spans)
                if (c.Kind == Content) Add(text, c.Start, c.End, spans, quotes, names, resolver, output);
        }
    }

    // Each tag's kind: none, cue, source or content.
    private static int[] KindsOf(NerLabels labels)
    {
        var kinds = new int[labels.Count];
        for (int tag = 1; tag < labels.Count; tag++)
            kinds[tag] = labels.Types[labels.TypeOf(tag)] switch { "CUE" => Cue, "SRC" => Source, "CNT" => Content, _ => None };
        return kinds;
    }

    private static void Add(
        string text,
        int start,
        int end,
        List<(int Kind, int Start, int End)> spans,
        IReadOnlyList<Quotation> quotes,
        IReadOnlyList<EntityMention> names,
        SpeakerResolver resolver,
        List<AttributionMention> output)
    {
        var (s, e) = ReportedContent.Trim(text, start, end);
        if (e - s < 4) return;

        // Words outside quotation marks: none (or a couple) means a direct quotation, which the quote stage reports.
        var (outside, marks) = ReportedContent.Measure(text, quotes, s, e);
        if (outside < 3 || SplitQuotation(quotes, s, e)) return;
        var cue = Nearest(spans, Cue, s, e);
        var source = cue is { } c ? Nearest(spans, Source, c.Start, c.End) : Nearest(spans, Source, s, e);
        AttributionSpan? cueSpan = cue is { } k ? new AttributionSpan(text[k.Start..k.End], k.Start, k.End) : null;
        AttributionSpan? sourceSpan = null;
        string? speaker = null;
        if (source is { } src)
        {
            sourceSpan = new AttributionSpan(text[src.Start..src.End], src.Start, src.End);
            speaker = ReportedContent.NamedInside(names, src.Start, src.End)
                ?? (LastNameRun(text, src.Start, src.End) is { } run ? resolver.Resolve(MentionKind.Name, run.Start, run.End) : null)
                ?? resolver.Resolve(MentionOf(text, src.Start, src.End), src.Start, src.End);
        }

        output.Add(new AttributionMention(marks ? AttributionKind.Mixed : AttributionKind.Indirect, text[s..e], s, e, cueSpan, sourceSpan, speaker));
    }

    // The span of a kind nearest to [start, end) in the line (by the gap between them), or none.
    private static (int Start, int End)? Nearest(List<(int Kind, int Start, int End)> spans, int kind, int start, int end)
    {
        (int Start, int End)? best = null;
        int bestGap = int.MaxValue;
        foreach (var x in spans)
        {
            if (x.Kind != kind) continue;
            int gap = x.End <= start ? start - x.End : x.Start >= end ? x.Start - end : 0;
            if (gap < bestGap) (best, bestGap) = ((x.Start, x.End), gap);
        }

        return best;
    }

    /// <summary>
    /// The last run of capitalised words in a source ("Canadian smartphone company <b>BlackBerry</b>", "the <b>Pakistan
    /// Telecommunications Authority</b>"), which names it when the entity model did not tag the name; a lone capitalised
    /// first word ("An earlier version", "Canadian …") is only the start of the phrase. Null when there is none.
    /// </summary>
    internal static (int Start, int End)? LastNameRun(string text, int start, int end)
    {
        (int Start, int End)? last = null;
        int i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i])) i++;
            int wordStart = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            if (wordStart >= end || !char.IsUpper(text[wordStart])) continue;
            int runStart = wordStart, runEnd = TrimEnd(text, wordStart, i);
            while (i < end)
            {
                int j = i;
                while (j < end && char.IsWhiteSpace(text[j])) j++;
                if (j >= end || !char.IsUpper(text[j])) break;
                int k = j;
                while (k < end && !char.IsWhiteSpace(text[k])) k++;
                runEnd = TrimEnd(text, j, k);
                i = k;
            }

            var words = text.AsSpan(runStart, runEnd - runStart);
            bool single = !words.Contains(' ');
            bool loneFirst = runStart == start && single;
            if (!loneFirst && runEnd > runStart && !(single && CalendarNames.Contains(words))) last = (runStart, runEnd);
        }

        return last;
    }

    // A word's end without the punctuation that follows it ("BlackBerry," → "BlackBerry").
    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        return end;
    }

    private static MentionKind MentionOf(string text, int start, int end)
    {
        var words = text.AsSpan(start, end - start);
        Span<char> lower = stackalloc char[Math.Min(words.Length, 16)];
        if (words.Length <= 16)
        {
            words.ToLowerInvariant(lower);
            if (CueLexicon.IsPronoun(lower)) return MentionKind.Pronoun;
        }

        return char.IsUpper(text[start]) ? MentionKind.Name : MentionKind.Description;
    }

    // "“A,” BlackBerry’s post states. “B.”" tagged as one content: a quotation in it whose speaker mention stands inside
    // the content is split by its own attribution, which the quote stage reports (as one direct attribution of two parts).
    private static bool SplitQuotation(IReadOnlyList<Quotation> quotes, int start, int end)
    {
        for (int k = ReportedContent.FirstQuoteEndingAfter(quotes, start); k < quotes.Count && quotes[k].Start < end; k++)
            if (quotes[k].SpeakerStart is int speaker && speaker >= start && speaker < end) return true;
        return false;
    }
}
