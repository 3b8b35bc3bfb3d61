namespace FactExtract.Quotes;

/// <summary>How a speaker mention was found for a quotation.</summary>
internal enum AttributionRoute : byte
{
    None,
    /// <summary>After the quotation: "…,” X said / said X / X, a doctor, said / according to X.</summary>
    After,
    /// <summary>Before the quotation in the same sentence: X said: “…” / according to X, “…”.</summary>
    Before,
    /// <summary>A dash after the quotation: “…” — X.</summary>
    Dash,
    /// <summary>The previous line introduces it: "X said:" on the line before.</summary>
    LineBefore,
    /// <summary>No attribution of its own: continues the previous quotation's speaker.</summary>
    Continuation,
}

/// <summary>What kind of words name the speaker.</summary>
internal enum MentionKind : byte
{
    None,
    Name,
    Pronoun,
    Description,
}

/// <summary>The speaker mention and cue found for one quotation, as offsets.</summary>
/// <param name="Route">Where the attribution was found.</param>
/// <param name="Kind">What kind of words the speaker mention is.</param>
/// <param name="MentionStart">Start of the speaker mention, or -1.</param>
/// <param name="MentionEnd">End (exclusive) of the speaker mention, or -1.</param>
/// <param name="CueStart">Start of the cue, or -1 (a dash or a continuation has none).</param>
/// <param name="CueEnd">End (exclusive) of the cue, or -1.</param>
/// <param name="Gap">Words between the cue (or the speaker after it) and the opening mark; small for attached attributions.</param>
/// <param name="WeakCue">The cue is a naming verb ("called", "dubbed") that also introduces titles and terms.</param>
/// <param name="PublicationSpeaker">The speaker is a text ("the statement read", "a sign reads").</param>
internal readonly record struct Attribution(
    AttributionRoute Route,
    MentionKind Kind,
    int MentionStart,
    int MentionEnd,
    int CueStart,
    int CueEnd,
    int Gap,
    bool WeakCue,
    bool PublicationSpeaker = false)
{
    public static Attribution Nothing => default;

    public bool Found => Route != AttributionRoute.None;

    public bool HasMention => Kind != MentionKind.None;
}
