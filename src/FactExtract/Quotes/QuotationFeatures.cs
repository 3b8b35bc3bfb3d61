using FactExtract.Text;

namespace FactExtract.Quotes;

/// <summary>
/// The features of a quoted span for the quotation-vs-scare-quote model: its length and casing,
/// the words around it (possessive, determiner, preposition, noun after), the attribution the rules
/// found for it (route, mention kind, cue strength, gap) and the rules' own verdict. Dense, 0/1
/// valued, written into a caller's span: no allocation.
/// </summary>
internal static class QuotationFeatures
{
    public const int Count = 42;

    public static void Fill(string text, QuoteSpan q, Paragraph first, Paragraph last, in Attribution a, bool sentenceInitial, bool canContinue, bool ruleVerdict, Span<float> f)
    {
        f.Clear();
        var inner = QuotationFilter.Inner(text, q);
        bool titleCase = false;
        int words = inner.IsEmpty ? 0 : QuotationFilter.CountWords(inner, out titleCase);
        f[0] = Bit(words <= 1);
        f[1] = Bit(words == 2);
        f[2] = Bit(words == 3);
        f[3] = Bit(words is >= 4 and <= 6);
        f[4] = Bit(words is >= 7 and <= 15);
        f[5] = Bit(words >= 16);
        f[6] = Bit(titleCase);
        f[7] = Bit(QuotationFilter.AfterPossessive(text, q.Start));
        f[8] = Bit(QuotationFilter.AfterDeterminer(text, q.Start));
        f[9] = Bit(QuotationFilter.AfterPreposition(text, q.Start));
        f[10] = Bit(QuotationFilter.BeforeNoun(text, q.End));
        f[11] = Bit(QuotationFilter.FollowedByByline(text, q.End));
        f[12] = Bit(a.Route == AttributionRoute.After);
        f[13] = Bit(a.Route == AttributionRoute.Before);
        f[14] = Bit(a.Route == AttributionRoute.Dash);
        f[15] = Bit(a.Route == AttributionRoute.LineBefore);
        f[16] = Bit(QuotationFilter.IsAttached(a));
        f[17] = Bit(a.Kind == MentionKind.Name);
        f[18] = Bit(a.Kind == MentionKind.Pronoun);
        f[19] = Bit(a.Kind == MentionKind.Description);
        f[20] = Bit(a.Found && a.WeakCue);
        f[21] = Bit(a.PublicationSpeaker);
        f[22] = Bit(a.Found && a.Gap == 0);
        f[23] = Bit(a.Found && a.Gap is >= 1 and <= 3);
        f[24] = Bit(sentenceInitial);
        char end = inner.IsEmpty ? ' ' : QuotationFilter.LastLetterOrPunct(inner);
        f[25] = Bit(end == '.');
        f[26] = Bit(end == ',');
        f[27] = Bit(end is '?' or '!');
        char start = inner.IsEmpty ? ' ' : inner[0];
        f[28] = Bit(char.IsUpper(start));
        f[29] = Bit(char.IsLower(start));
        f[30] = Bit(q.Start == first.Start && q.End == last.End);
        f[31] = Bit(q.FirstParagraph != q.LastParagraph);
        f[32] = Bit(!q.Closed);
        f[33] = Bit(canContinue);
        f[34] = Bit(ruleVerdict);
        f[35] = Bit(inner.IndexOfAny('"', '“', '”') >= 0);
        char before = CharBefore(text, q.Start);
        f[36] = Bit(before == ':');
        f[37] = Bit(before == ',');
        f[38] = Bit(q.End + 1 < text.Length && text[q.End] == ' ' && char.IsLower(text[q.End + 1]));
        var prev = WordBefore(text, q.Start);
        f[39] = Bit(!prev.IsEmpty && CueLexicon.IsCue(prev) && !CueLexicon.IsWeakCue(prev));
        f[40] = Bit(!prev.IsEmpty && CueLexicon.IsWeakCue(prev));
        f[41] = Bit(end == '…' || start == '…' || inner.StartsWith("...") || inner.EndsWith("..."));
    }

    private static float Bit(bool b) => b ? 1f : 0f;

    private static char CharBefore(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 0 ? text[k] : '\n';
    }

    private static ReadOnlySpan<char> WordBefore(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return text.AsSpan(s, e - s);
    }
}
