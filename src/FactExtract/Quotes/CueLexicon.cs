namespace FactExtract.Quotes;

/// <summary>
/// The words attribution rules recognise: speech and writing verbs (the cues), the function words
/// that may stand between a speaker and the cue, pronouns, titles and the nouns for what a speaker
/// publishes ("post", "statement") or is ("spokesman", "company").
/// </summary>
internal static class CueLexicon
{
    private static readonly WordSet Finite = WordSet.Of(
        "said says say told tells tell added adds wrote writes tweeted tweets stated states explained explains " +
        "noted notes asked asks argued argues continued continues insisted insists declared declares announced announces " +
        "claimed claims warned warns recalled recalls replied replies responded responds suggested suggests acknowledged " +
        "acknowledges admitted admits observed observes remarked remarks conceded concedes complained complains joked jokes " +
        "quipped quips concluded concludes cautioned cautions emphasized emphasised emphasizes stressed stresses posted posts " +
        "reported reports shouted shouts yelled yells screamed screams chanted chant chants answered answers predicted predicts " +
        "vowed vows promised promises boasted boasts bragged brags countered counters charged charges contended contends " +
        "maintained maintains agreed agrees testified testifies wondered wonders mused muses blasted blasts slammed slams " +
        "fumed lamented laments urged urges pledged pledges proclaimed proclaims retorted snapped thundered texted emailed e-mailed " +
        "messaged read reads recounted recounts sang sings cried shot exclaimed exclaims pleaded pleads demanded demands " +
        "reiterated reiterates elaborated speculated mocked mocks tweets thought thinks believes believed whispered " +
        "acknowledged confirmed confirms denied denies disputed disputes described describes called calls dubbed labeled " +
        "labelled branded echoed echoes begged begs advised advises informed informs assured assures repeated repeats " +
        "insisted interjected opined cited cites quoted quotes posted wrote announced indicated indicates counseled " +
        "recommended recommends concurred observed griped grumbled raged ranted scoffed sneered sighed laughed gushed " +
        "write argue add explain claim insist warn recall reply respond suggest acknowledge admit observe " +
        "concede complain joke conclude caution emphasize stress shout yell scream predict vow promise " +
        "boast brag contend maintain agree testify wonder declare announce ask tweet " +
        "barked pressed surmised confessed issued issues fired "+
        "points pointed yelled remembered remembers responds retorts beamed conceded marveled marvelled objected protested protests offered offers " +
        "asserted asserts assert commented reasoned clarified affirmed implored intoned summarized summarised");

    private static readonly WordSet Participles = WordSet.Of(
        "yelling shouting screaming chanting pointing saying citing adding noting calling writing arguing explaining warning insisting telling declaring asking claiming " +
        "stating tweeting joking suggesting describing recalling replying responding quipping promising vowing urging " +
        "predicting dubbing labeling labelling branding complaining acknowledging admitting conceding continuing " +
        "proclaiming reiterating stressing emphasizing emphasising pleading demanding quoting");

    // Cues that often introduce a name or title rather than speech ("a show called “X”").
    private static readonly WordSet Weak = WordSet.Of("called calls dubbed labeled labelled branded describes described calling dubbing labeling labelling branding describing read reads cited cites quoted quotes citing quoting thought thinks believes believed");

    private static readonly WordSet Aux = WordSet.Of(
        "has have had was were is are will would 's also later then once previously recently repeatedly often simply " +
        "reportedly famously frequently again just even still further has been had been did does do may might could " +
        "now only ultimately since should must can already subsequently flatly quickly publicly privately bluntly succinctly finally initially " +
        "first never always been being");

    private static readonly WordSet Days = WordSet.Of("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight");

    private static readonly WordSet Pronouns = WordSet.Of("he she i we they it you who");

    private static readonly WordSet Determiners = WordSet.Of(
        "the a an another one his her its their our my your this that these those two three four several many some " +
        "both each other others most few all");

    private static readonly WordSet TitleAbbreviations = WordSet.Of(
        "mr mrs ms dr rep sen gov gen lt col sgt capt cpt prof rev st jr sr maj adm cmdr pres supt det insp hon atty sens reps messrs mssrs ft no vs inc corp co ltd");

    private static readonly WordSet Titles = WordSet.Of(
        "mr mr. mrs mrs. ms ms. dr dr. rep rep. sen sen. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt. prof prof. rev rev. " +
        "president senator governor secretary speaker judge justice chairman chairwoman chair mayor director chief sir lord pope " +
        "minister representative congressman congresswoman councilman councilwoman attorney general sheriff commissioner " +
        "ambassador vice former candidate nominee leader spokesman spokeswoman spokesperson press manager adviser advisor " +
        "strategist pastor reverend father rabbi imam professor coach sergeant officer detective agent deputy assistant " +
        "house state treasurer comptroller prime lieutenant");

    // What an organisation or person publishes: "BlackBerry’s post states" quotes BlackBerry.
    private static readonly WordSet Publications = WordSet.Of(
        "post posts statement statements tweet tweets blog website site letter release announcement ad ads advertisement email e-mail " +
        "memo report filing complaint account page message note lawsuit suit video commercial spot petition op-ed column " +
        "editorial book memoir speech remarks transcript press-release policy document documents ruling decision order");

    private static readonly WordSet OrgNouns = WordSet.Of(
        "company firm agency government campaign organization organisation group department ministry office administration " +
        "committee party board council commission bank network newspaper paper magazine union association team club " +
        "corporation university school police army military court regime authority authorities manufacturer maker " +
        "carrier startup operator bureau institute foundation center centre coalition alliance");

    private static readonly WordSet NotNames = WordSet.Of(
        "the a an but and or in on at for if as when while after before this that these those it he she they we i you his her " +
        "their our my its there here what who why how where which still yet so also now then meanwhile however although though " +
        "because since even last next not no yes asked said says according with without from by to of into over under about " +
        "during until unless whether both either neither each every all some many most more much such only just once again " +
        "mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
        "september october november december today tomorrow yesterday tonight read watch see click photo video update updated " +
        "correction editor note related advertisement sign please let like well oh ok okay sure thanks thank");

    private static readonly WordSet NameJoiners = WordSet.Of("of for and & de la le van von der da di du bin al el del y the on");

    private static readonly WordSet ClauseWords = WordSet.Of(
        "in on at to with by from for of and but or as if when while that which because after before than so then " +
        "into about over under during since until though although where whether not");

    /// <summary>Words that start a clause or prepositional phrase, never a speaker's noun phrase.</summary>
    public static bool IsClauseWord(ReadOnlySpan<char> w) => ClauseWords.Contains(w);

    public static bool IsCue(ReadOnlySpan<char> w) => Finite.Contains(w) || Participles.Contains(w);

    public static bool IsFiniteCue(ReadOnlySpan<char> w) => Finite.Contains(w);

    public static bool IsParticiple(ReadOnlySpan<char> w) => Participles.Contains(w);

    public static bool IsWeakCue(ReadOnlySpan<char> w) => Weak.Contains(w);

    /// <summary>An auxiliary, adverb or day that may stand between a speaker and the cue ("has also said", "said Tuesday").</summary>
    public static bool IsAux(ReadOnlySpan<char> w) =>
        w.Length > 0 && char.IsLower(w[0]) && (Aux.Contains(w) || w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal)) || Days.Contains(w);

    public static bool IsPronoun(ReadOnlySpan<char> w) => Pronouns.Contains(w);

    public static bool IsDeterminer(ReadOnlySpan<char> w) => Determiners.Contains(w);

    public static bool IsTitleAbbreviation(ReadOnlySpan<char> w) => TitleAbbreviations.Contains(w);

    private static readonly WordSet PersonTitles = WordSet.Of(
        "mr mr. mrs mrs. ms ms. dr dr. rep rep. sen sen. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt. prof prof. rev rev. " +
        "president senator governor secretary speaker judge justice chairman chairwoman mayor sir lord pope minister " +
        "representative congressman congresswoman sheriff commissioner ambassador professor reverend pastor rabbi coach " +
        "detective sergeant candidate nominee dem. sens. reps. gop attorney general pollster strategist analyst economist " +
        "lawyer spokesman spokeswoman reporter columnist host anchor actor actress singer author writer activist officer " +
        "executive ceo founder chairman co-founder historian scientist consultant adviser advisor aide");

    /// <summary>A title standing before a person's name and not part of it ("Rep.", "President").</summary>
    public static bool IsPersonTitle(ReadOnlySpan<char> w) => PersonTitles.Contains(w);

    public static bool IsTitle(ReadOnlySpan<char> w) => Titles.Contains(w);

    public static bool IsPublication(ReadOnlySpan<char> w) => Publications.Contains(w) || Publications2.Contains(w);

    private static readonly WordSet Publications2 = WordSet.Of("editorial editorials sign signs banner banners message messages headline caption website ad");

    private static readonly WordSet ObjectCues = WordSet.Of("told tells tell asked asks ask informed assured urged advised reminded");

    /// <summary>Cues that take the listener as object ("told reporters", "asked CNN").</summary>
    public static bool TakesListener(ReadOnlySpan<char> w) => ObjectCues.Contains(w);

    public static bool IsOrgNoun(ReadOnlySpan<char> w) => OrgNouns.Contains(w);

    public static bool IsNotName(ReadOnlySpan<char> w) => NotNames.Contains(w);

    public static bool IsNameJoiner(ReadOnlySpan<char> w) => NameJoiners.Contains(w);
}
