using FactExtract.Quotes;

namespace FactExtract.Attributions;

/// <summary>What a word is to the attribution rules.</summary>
internal enum CueClass : byte
{
    /// <summary>No cue.</summary>
    None,

    /// <summary>A verb of saying or believing (<see cref="ReportingCues.IsSaying"/>).</summary>
    Saying,

    /// <summary>A participle attaching a statement to the sentence's subject ("…, saying …").</summary>
    Participle,

    /// <summary>Only in the learnt list (<see cref="LearnedCues"/>).</summary>
    Learned,
}

/// <summary>
/// The words that signal reported speech or belief outside quote marks: verbs of saying, writing,
/// reporting and believing, and the participles that attach a statement to the sentence's subject.
/// </summary>
internal static class ReportingCues
{
    // Verbs whose complement is the statement ("said that …", "announced it would …").
    private static readonly WordSet Saying = WordSet.Of(
        "said says say told tells tell added adds wrote writes tweeted tweets stated states explained explains " +
        "noted notes argued argues argue insisted insists insist declared declares announced announces " +
        "claimed claims claim warned warns warn recalled recalls replied replies responded responds suggested suggests suggest " +
        "acknowledged acknowledges acknowledge admitted admits admit conceded concedes concluded concludes cautioned " +
        "emphasized emphasised emphasizes stressed stresses reported reports predicted predicts predict " +
        "vowed vows promised promises pledged pledges boasted boasts bragged countered contended contends contend " +
        "maintained maintains agreed agrees testified testifies confirmed confirms denied denies " +
        "reiterated reiterates asserted asserts assert alleged alleges allege estimated estimates estimate " +
        "revealed reveals indicated indicates indicate observed observes remarked complained complains " +
        "show shows showed shown found finds find concluded determined ruled " +
        "believe believes believed think thinks thought hope hopes hoped fear fears feared expect expects " +
        "feel feels felt know knows knew worry worries worried doubt doubts doubted " +
        "insisted repeated repeats conceded speculated mused assured informed reminded reminds posted posts wrote " +
        "signaled signalled hinted hints implied implies");

    // Verbs of believing: a cue only with a clause after them ("believes the vote was rigged"), not "knew him".
    private static readonly WordSet Believing = WordSet.Of(
        "believe believes believed think thinks thought hope hopes hoped fear fears feared expect expects " +
        "feel feels felt know knows knew worry worries worried doubt doubts doubted find finds found show shows showed shown " +
        "determined ruled");

    // Cues whose object is the listener ("told reporters that …").
    private static readonly WordSet Listener = WordSet.Of("told tells tell assured informed reminded reminds warned warns warn");

    private static readonly WordSet Participles = WordSet.Of(
        "saying adding noting arguing claiming explaining insisting suggesting warning writing telling stating declaring " +
        "acknowledging admitting predicting promising vowing arguing contending asserting");

    // Words that open a clause after a believing verb.
    private static readonly WordSet ClauseOpeners = WordSet.Of(
        "that he she it they we i you there this these those the a an his her its their our your my some many most no all any " +
        "nothing something everything anyone everyone nobody someone");

    // Words that, after a comma, open a clause of the reporting sentence rather than more of the content.
    private static readonly WordSet ContentEnders = WordSet.Of(
        "which who whose where as while saying adding noting according citing arguing calling including although though " +
        "despite prompting because after before even when whereas and but");

    /// <summary>A word that, after a comma, ends the attributed content.</summary>
    public static bool EndsContent(ReadOnlySpan<char> w) => ContentEnders.Contains(w);

    // Every cue word with its class, for one ordinal lookup per word (the rules skip capitalised words before asking).
    private static readonly Dictionary<string, CueClass>.AlternateLookup<ReadOnlySpan<char>> Classes = BuildClasses();

    private static Dictionary<string, CueClass>.AlternateLookup<ReadOnlySpan<char>> BuildClasses()
    {
        var classes = new Dictionary<string, CueClass>(StringComparer.Ordinal);
        foreach (var w in LearnedCues.Words.Items)
            classes[w] = w.EndsWith("ing", StringComparison.Ordinal) ? CueClass.Participle : CueClass.Learned;
        foreach (var w in Participles.Items) classes[w] = CueClass.Participle;
        foreach (var w in Saying.Items) classes[w] = CueClass.Saying;
        return classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The class of a lowercase word: a saying verb first, then a participle, then a learnt cue word.</summary>
    public static CueClass Classify(ReadOnlySpan<char> w) => Classes.TryGetValue(w, out var c) ? c : CueClass.None;

    public static bool IsSaying(ReadOnlySpan<char> w) => Saying.Contains(w);

    public static bool IsBelieving(ReadOnlySpan<char> w) => Believing.Contains(w);

    public static bool TakesListener(ReadOnlySpan<char> w) => Listener.Contains(w);

    public static bool IsParticiple(ReadOnlySpan<char> w) => Participles.Contains(w);

    public static bool OpensClause(ReadOnlySpan<char> w) => ClauseOpeners.Contains(w);
}
