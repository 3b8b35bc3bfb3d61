namespace FactExtract.Quotes;

/// <summary>Which rule found a speaker candidate (the routes of <see cref="AttributionRoute"/>, with the tight reading of "after" apart).</summary>
internal enum CandidateSource : byte
{
    After,
    AfterTight,
    Before,
    LineBefore,
    LineAfter,
    Continuation,
}

/// <summary>
/// The features of one speaker candidate for the ranking model: where it was found (route), what
/// kind of words it is, the cue, how far it is from the quotation, how the quotation ends, and
/// whether the rules would have chosen it. Dense, 0/1 valued, no allocation.
/// </summary>
internal static class SpeakerFeatures
{
    public const int Count = 30;

    public static void Fill(string text, QuoteSpan q, in Attribution c, CandidateSource source, bool endsWithComma, bool sentenceInitial, bool ruleChoice, int candidates, bool sameParagraph, Span<float> f)
    {
        f.Clear();
        f[(int)source] = 1f; // 0..5
        f[6] = Bit(c.Kind == MentionKind.Name);
        f[7] = Bit(c.Kind == MentionKind.Pronoun);
        f[8] = Bit(c.Kind == MentionKind.Description);
        f[9] = Bit(c.WeakCue);
        f[10] = Bit(c.PublicationSpeaker);
        f[11] = Bit(c.Gap == 0);
        f[12] = Bit(c.Gap is >= 1 and <= 3);
        f[13] = Bit(c.Gap > 3);
        f[14] = Bit(endsWithComma);
        f[15] = Bit(!endsWithComma && q.Closed);
        f[16] = Bit(sentenceInitial);
        f[17] = Bit(ruleChoice);
        f[18] = Bit(sameParagraph);
        int distance = c.MentionStart >= q.End ? c.MentionStart - q.End : c.MentionEnd <= q.Start ? q.Start - c.MentionEnd : 0;
        f[19] = Bit(distance <= 20);
        f[20] = Bit(distance is > 20 and <= 80);
        f[21] = Bit(distance > 80);
        f[22] = Bit(c.MentionStart >= q.End);
        var mention = text.AsSpan(c.MentionStart, c.MentionEnd - c.MentionStart);
        f[23] = Bit(mention.Contains(' '));
        f[24] = Bit(candidates == 1);
        f[25] = Bit(c.CueStart >= 0);
        f[26] = Bit(c.Kind == MentionKind.Pronoun && mention is "it" or "It" or "they" or "They" or "we" or "We");
        f[27] = Bit(!q.Closed);
        f[28] = Bit(mention.Length > 0 && char.IsUpper(mention[0]));
        f[29] = Bit(q.FirstParagraph != q.LastParagraph);
    }

    private static float Bit(bool b) => b ? 1f : 0f;
}
