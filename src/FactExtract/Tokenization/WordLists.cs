using System.Collections.Frozen;

namespace FactExtract.Tokenization;

/// <summary>
/// The closed word lists behind the tokenizer's and splitter's exceptions. Sets are immutable and
/// looked up by span (no substring on the hot path).
/// </summary>
internal static class WordLists
{
    /// <summary>
    /// Words that keep a following period as part of the token (Penn Treebank keeps "Mr." and
    /// "Inc." whole). Case-sensitive: "Ill." is Illinois, "ill." is not an abbreviation.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = Lookup(StringComparer.Ordinal,
        // titles and ranks
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
        "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Rev", "Hon",
        "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Fr", "Msgr", "Gens", "Cols",
        // name suffixes, places
        "Jr", "Sr", "Esq", "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Pl",
        // organisations
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Dept", "Univ", "Intl", "Mfg", "Natl",
        // months (May, June and July are never abbreviated)
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // days
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // U.S. states in AP style
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn",
        "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        // Latin and general
        "etc", "vs", "v", "cf", "viz", "approx", "est", "al", "ca", "Vs", "Etc", "var", "tr");

    /// <summary>Abbreviations that take the period only before a number ("No. 1", "p. 5", "Vol. 3").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumber = Lookup(StringComparer.Ordinal,
        "No", "no", "Nos", "nos", "Art", "Fig", "fig", "Vol", "vol", "Ch", "Sec", "Op", "p", "pp", "Nr", "Tel", "tel");

    /// <summary>
    /// Abbreviations that are always followed by more of the same sentence (a name or a number),
    /// so they never end one: "Mr. Smith", "Sen. Warren", "Jan. 5", "No. 2".
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinal = Lookup(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
        "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Rev", "Hon",
        "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Fr", "Msgr", "Gens", "Cols", "St", "Ste", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "no", "Nos", "nos", "Art", "Fig", "fig", "Vol", "vol", "Ch", "Sec", "Op", "p", "pp", "Nr", "Tel", "tel",
        "vs", "v", "Vs", "cf", "viz", "approx", "ca");

    /// <summary>
    /// Word prefixes OntoNotes 5 keeps joined to the rest of a hyphenated word ("co-operation",
    /// "anti-war", "mid-1980s", "e-mail"); every other hyphen is split off as its own token.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixes = Lookup(StringComparer.OrdinalIgnoreCase,
        "uh", "um", "mm", "co", "anti", "non", "re", "cross", "pro", "vice", "post", "pre", "multi", "e", "mid",
        "ex", "inter", "x", "ultra", "semi", "counter", "sub", "quasi", "mini", "macro", "de", "cyber", "super",
        "over", "micro", "mega", "trans", "un", "pan", "bi", "uni", "tri", "neo", "extra", "intra", "infra",
        "hyper", "mis", "out");

    /// <summary>
    /// Capitalised words that usually start a sentence. After an abbreviation that can end a
    /// sentence ("in the U.S. The next day"), one of these says the sentence did end; any other
    /// capitalised word ("U.S. President", "Apple Inc. Chief") says it did not.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters = Lookup(StringComparer.Ordinal,
        "The", "A", "An", "This", "That", "These", "Those", "There", "Their", "They", "Them", "He", "She", "It",
        "Its", "We", "I", "You", "Our", "His", "Her", "In", "On", "At", "For", "But", "And", "Or", "So", "Yet",
        "If", "When", "While", "After", "Before", "As", "Although", "Though", "Because", "Since", "Meanwhile",
        "However", "Still", "Also", "Now", "Then", "Some", "Many", "Most", "Other", "Others", "Last", "Earlier",
        "Later", "No", "Not", "What", "Who", "Why", "How", "Where", "Which", "According", "Despite", "During",
        "Under", "With", "Without", "From", "By", "To", "Among", "Both", "Each", "Every", "Such", "Just", "Even",
        "Only", "My", "Your", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Has", "Have", "Had", "Can",
        "Could", "Will", "Would", "Should", "Here", "Today", "Yesterday", "Instead", "Further", "Moreover",
        "Indeed", "Thus", "Nevertheless", "Nonetheless", "Overall", "Separately", "Until", "Once", "Unlike",
        "Like", "Over", "More", "Few", "All", "Any", "Neither", "Nor", "Whether", "Analysts", "Officials");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(StringComparer comparer, params string[] words) =>
        words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
}
