using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// The feature templates of the tagger. Static templates depend only on the words (computed
/// once per token); dynamic ones on the previously predicted tags. Every feature is a 32-bit
/// hash; the model keeps its low bits as the row index. Changing any template here changes
/// <see cref="Version"/>, which the model file records, so an old model is refused rather than
/// silently misread.
/// </summary>
internal static class NerFeatures
{
    public const int Version = 4;
    public const int MaxStatic = 50;
    public const int SelfCount = 16;
    public const int NeighbourCount = 4;
    public const int MaxContext = 25;
    public const int DynamicCount = 7;

    private static readonly uint Bos = FeatureHash.OfSpan("<s>", 991);
    private static readonly uint Bos2 = FeatureHash.OfSpan("<s2>", 991);
    private static readonly uint Eos = FeatureHash.OfSpan("</s>", 991);
    private static readonly uint Eos2 = FeatureHash.OfSpan("</s2>", 991);

    // Lower-case words that may join capitalised words into one name ("Bank of America", "AT&T", "Procter & Gamble").
    private static readonly uint[] Connectors = new[] { "of", "and", "&", "for", "de", "on", "'s" }.Select(w => FeatureHash.OfLowerSpan(w, 2)).ToArray();

    /// <summary>
    /// Hashes every token of a sentence and marks its runs; returns whether the sentence is written in
    /// capitals (a headline). With a word cache a word seen before costs one hash pass instead of eleven.
    /// </summary>
    public static bool Prepare(string text, ReadOnlySpan<Token> tokens, Span<TokenHashes> hashes, WordClusters clusters, WordScoreCache? cache = null)
    {
        int upperWords = 0, lowerWords = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var form = TokenForms.Normalize(tokens[i].Span(text));
            ref var h = ref hashes[i];
            if (cache is not null)
            {
                cache.Describe(form, ref h);
            }
            else
            {
                Hash(form, ref h);
                h.Cluster = clusters.Lookup(h.Lower);
            }

            if (h.HasLower) lowerWords++;
            else if (h.HasUpper && form.Length > 1) upperWords++;
        }

        MarkRuns(hashes);
        return lowerWords == 0 && upperWords >= 2;
    }

    /// <summary>
    /// Marks each token's run of capitalised words and run of amount words, seen whole before tagging
    /// starts. A name's last word ("Committee", "Co.", "Airport") says much about every word in it and
    /// about the "the" before it; whether an amount is MONEY, PERCENT, QUANTITY, DATE or a CARDINAL is
    /// decided by the word after it ("dollars", "percent", "miles", "years"), which a left-to-right
    /// tagger has not reached when it must choose the first tag. Connectors join two run words.
    /// </summary>
    public static void MarkRuns(Span<TokenHashes> s)
    {
        Mark(s, amounts: false);
        Mark(s, amounts: true);
    }

    private static void Mark(Span<TokenHashes> s, bool amounts)
    {
        int i = 0;
        while (i < s.Length)
        {
            if (!InRun(s[i], amounts))
            {
                RunOf(ref s[i], amounts) = TokenRun.None;
                i++;
                continue;
            }

            int end = i + 1;
            while (end < s.Length && (InRun(s[end], amounts) || (end + 1 < s.Length && InRun(s[end + 1], amounts) && Array.IndexOf(amounts ? AmountConnectors : Connectors, s[end].Lower) >= 0)))
                end++;
            for (int k = i; k < end; k++) RunOf(ref s[k], amounts) = new TokenRun(i, end);
            i = end;
        }
    }

    private static bool InRun(in TokenHashes t, bool amounts) => amounts ? t.Numeric : t.Capitalised;

    private static ref TokenRun RunOf(ref TokenHashes t, bool amounts) => ref amounts ? ref t.Amount : ref t.Name;

    private static readonly uint[] NumberWords = new[]
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
        "trillion", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "half", "quarter",
        "$", "us$", "c$", "hk$", "a$", "€", "£", "¥", "#",
    }.Select(w => FeatureHash.OfLowerSpan(w, 2)).ToArray();

    // Words that join amount words into one amount ("three hundred and fifty", "2 to 3", "twenty - five", "a hundred").
    private static readonly uint[] AmountConnectors = new[] { "and", "-", "to", "or", "point", "a", "," }.Select(w => FeatureHash.OfLowerSpan(w, 2)).ToArray();

    /// <summary>Fills every hash of one token except its word class.</summary>
    public static void Hash(ReadOnlySpan<char> form, ref TokenHashes h)
    {
        h.Word = FeatureHash.OfSpanKeyed(form, 1, out h.Key);
        h.Lower = FeatureHash.OfLowerSpan(form, 2);
        int n = form.Length;
        h.Prefix1 = FeatureHash.OfLowerSpan(form[..Math.Min(1, n)], 3);
        h.Prefix2 = FeatureHash.OfLowerSpan(form[..Math.Min(2, n)], 4);
        h.Prefix3 = FeatureHash.OfLowerSpan(form[..Math.Min(3, n)], 5);
        h.Suffix1 = FeatureHash.OfLowerSpan(form[Math.Max(0, n - 1)..], 6);
        h.Suffix2 = FeatureHash.OfLowerSpan(form[Math.Max(0, n - 2)..], 7);
        h.Suffix3 = FeatureHash.OfLowerSpan(form[Math.Max(0, n - 3)..], 8);
        h.Suffix4 = FeatureHash.OfLowerSpan(form[Math.Max(0, n - 4)..], 9);

        // Shape: X x d or the character itself; the long shape keeps runs up to 4, the short one collapses them.
        uint shape = 2166136261, shortShape = 2166136261;
        char last = '\0';
        int run = 0;
        bool upper = false, lower = false, digits = false;
        foreach (char c in form)
        {
            char s;
            if (char.IsUpper(c)) { s = 'X'; upper = true; }
            else if (char.IsLower(c)) { s = 'x'; lower = true; }
            else if (char.IsDigit(c)) { s = 'd'; digits = true; }
            else if (char.IsLetter(c)) { s = 'x'; lower = true; }
            else s = c;
            run = s == last ? run + 1 : 1;
            if (run <= 4) shape = (shape ^ s) * 16777619;
            if (run == 1) shortShape = (shortShape ^ s) * 16777619;
            last = s;
        }

        h.Shape = shape * 31 + 10;
        h.ShortShape = shortShape * 31 + 11;
        h.HasUpper = upper;
        h.HasLower = lower;
        h.Capitalised = n > 0 && char.IsUpper(form[0]);
        h.Numeric = digits || Array.IndexOf(NumberWords, h.Lower) >= 0;
    }

    /// <summary>Writes the word-only features of token <paramref name="i"/>; returns how many (the union of the four groups below, as training sees them).</summary>
    public static int Static(ReadOnlySpan<TokenHashes> s, int i, bool allCaps, Span<uint> dest)
    {
        int n = Self(s[i], dest);
        n += i >= 1 ? AsLeftNeighbour(s[i - 1], dest[n..]) : LeftBoundary(dest[n..]);
        n += i + 1 < s.Length ? AsRightNeighbour(s[i + 1], dest[n..]) : RightBoundary(dest[n..]);
        n += i >= 2 ? AsSecondLeft(s[i - 2], dest[n..]) : SecondLeftBoundary(i == 1, dest[n..]);
        n += i + 2 < s.Length ? AsSecondRight(s[i + 2], dest[n..]) : SecondRightBoundary(i + 1 < s.Length, dest[n..]);
        n += Context(s, i, allCaps, dest[n..]);
        return n;
    }

    /// <summary>
    /// Features of a token's own form (and its word class): the same wherever the word occurs, so the
    /// tagger can cache their summed scores per word type (<see cref="WordScoreCache"/>).
    /// </summary>
    public static int Self(in TokenHashes t, Span<uint> dest)
    {
        dest[0] = 0x5EED0001; // bias
        dest[1] = FeatureHash.Combine(1, t.Word);
        dest[2] = FeatureHash.Combine(2, t.Lower);
        dest[3] = FeatureHash.Combine(3, t.Shape);
        dest[4] = FeatureHash.Combine(4, t.ShortShape);
        dest[5] = FeatureHash.Combine(5, t.Prefix1);
        dest[6] = FeatureHash.Combine(6, t.Prefix2);
        dest[7] = FeatureHash.Combine(7, t.Prefix3);
        dest[8] = FeatureHash.Combine(8, t.Suffix1);
        dest[9] = FeatureHash.Combine(9, t.Suffix2);
        dest[10] = FeatureHash.Combine(10, t.Suffix3);
        dest[11] = FeatureHash.Combine(11, t.Suffix4);
        dest[12] = FeatureHash.Combine(50, t.Cluster >> 16);
        dest[13] = FeatureHash.Combine(51, t.Cluster & 0xFF00);
        dest[14] = FeatureHash.Combine(52, t.Cluster & 0xFFF0);
        dest[15] = FeatureHash.Combine(55, t.Cluster >> 16, t.ShortShape);
        return SelfCount;
    }

    /// <summary>Features the word <paramref name="t"/> gives the token after it (it is that token's left neighbour).</summary>
    public static int AsLeftNeighbour(in TokenHashes t, Span<uint> dest) => Neighbour(12, 16, 18, 53, t.Lower, t.Word, t.ShortShape, t.Cluster, dest);

    /// <summary>Features the word <paramref name="t"/> gives the token before it (it is that token's right neighbour).</summary>
    public static int AsRightNeighbour(in TokenHashes t, Span<uint> dest) => Neighbour(14, 17, 19, 54, t.Lower, t.Word, t.ShortShape, t.Cluster, dest);

    /// <summary>The left-neighbour features of a sentence's first token.</summary>
    public static int LeftBoundary(Span<uint> dest) => Neighbour(12, 16, 18, 53, Bos, Bos, Bos, 1, dest);

    /// <summary>The right-neighbour features of a sentence's last token.</summary>
    public static int RightBoundary(Span<uint> dest) => Neighbour(14, 17, 19, 54, Eos, Eos, Eos, 2, dest);

    /// <summary>The feature the word <paramref name="t"/> gives the token two places after it.</summary>
    public static int AsSecondLeft(in TokenHashes t, Span<uint> dest) => One(FeatureHash.Combine(13, t.Lower), dest);

    /// <summary>The feature the word <paramref name="t"/> gives the token two places before it.</summary>
    public static int AsSecondRight(in TokenHashes t, Span<uint> dest) => One(FeatureHash.Combine(15, t.Lower), dest);

    /// <summary>The two-before feature of a sentence's first token (<paramref name="second"/> false) or second token.</summary>
    public static int SecondLeftBoundary(bool second, Span<uint> dest) => One(FeatureHash.Combine(13, second ? Bos : Bos2), dest);

    /// <summary>The two-after feature of a sentence's last token (<paramref name="secondToLast"/> false) or the one before it.</summary>
    public static int SecondRightBoundary(bool secondToLast, Span<uint> dest) => One(FeatureHash.Combine(15, secondToLast ? Eos : Eos2), dest);

    private static int One(uint feature, Span<uint> dest)
    {
        dest[0] = feature;
        return 1;
    }

    private static int Neighbour(uint lowerTemplate, uint wordTemplate, uint shapeTemplate, uint clusterTemplate, uint lower, uint word, uint shortShape, uint cluster, Span<uint> dest)
    {
        dest[0] = FeatureHash.Combine(lowerTemplate, lower);
        dest[1] = FeatureHash.Combine(wordTemplate, word);
        dest[2] = FeatureHash.Combine(shapeTemplate, shortShape);
        dest[3] = FeatureHash.Combine(clusterTemplate, cluster >> 16);
        return NeighbourCount;
    }

    /// <summary>Features that join the token to its neighbours, or that depend on its runs: computed per occurrence.</summary>
    public static int Context(ReadOnlySpan<TokenHashes> s, int i, bool allCaps, Span<uint> dest)
    {
        ref readonly var t = ref s[i];
        uint lm1 = i >= 1 ? s[i - 1].Lower : Bos;
        uint lm2 = i >= 2 ? s[i - 2].Lower : i == 1 ? Bos : Bos2;
        uint lp1 = i + 1 < s.Length ? s[i + 1].Lower : Eos;
        uint ssm1 = i >= 1 ? s[i - 1].ShortShape : Bos;
        uint ssp1 = i + 1 < s.Length ? s[i + 1].ShortShape : Eos;
        uint sm1 = i >= 1 ? s[i - 1].Shape : Bos;
        uint sp1 = i + 1 < s.Length ? s[i + 1].Shape : Eos;
        uint suf3m1 = i >= 1 ? s[i - 1].Suffix3 : Bos;
        uint suf3p1 = i + 1 < s.Length ? s[i + 1].Suffix3 : Eos;
        uint cm1 = i >= 1 ? s[i - 1].Cluster : 1;

        int n = 0;
        dest[n++] = FeatureHash.Combine(20, lm1, t.Lower);
        dest[n++] = FeatureHash.Combine(21, t.Lower, lp1);
        dest[n++] = FeatureHash.Combine(22, ssm1, t.ShortShape, ssp1);
        dest[n++] = FeatureHash.Combine(23, sm1, t.Shape);
        dest[n++] = FeatureHash.Combine(24, t.Shape, sp1);
        dest[n++] = FeatureHash.Combine(25, suf3m1, t.Lower);
        dest[n++] = FeatureHash.Combine(26, t.Lower, suf3p1);
        dest[n++] = FeatureHash.Combine(27, lm2, lm1, t.Lower);
        dest[n++] = FeatureHash.Combine(56, cm1 >> 16, t.Cluster >> 16);
        if (!t.Name.IsNone)
        {
            var (start, end) = t.Name;
            uint position = end - start == 1 ? 0u : i == start ? 1u : i == end - 1 ? 3u : 2u;
            uint lastWord = s[end - 1].Lower;
            uint before = start >= 1 ? s[start - 1].Lower : Bos;
            dest[n++] = FeatureHash.Combine(60, position, lastWord);
            dest[n++] = FeatureHash.Combine(61, position, s[start].Lower);
            dest[n++] = FeatureHash.Combine(62, position, (uint)Math.Min(end - start, 5));
            dest[n++] = FeatureHash.Combine(63, before, lastWord);
            dest[n++] = FeatureHash.Combine(70, position, end < s.Length ? s[end].Lower : Eos);
            dest[n++] = FeatureHash.Combine(71, position, before);
        }
        else if (i + 1 < s.Length && s[i + 1].Name.Start == i + 1)
        {
            dest[n++] = FeatureHash.Combine(64, t.Lower, s[s[i + 1].Name.End - 1].Lower);
            dest[n++] = FeatureHash.Combine(65, t.Lower, (uint)Math.Min(s[i + 1].Name.End - i - 1, 5));
        }

        if (!t.Amount.IsNone)
        {
            var (start, end) = t.Amount;
            uint position = end - start == 1 ? 0u : i == start ? 1u : i == end - 1 ? 3u : 2u;
            uint after = end < s.Length ? s[end].Lower : Eos;
            uint before = start >= 1 ? s[start - 1].Lower : Bos;
            dest[n++] = FeatureHash.Combine(66, position, after);
            dest[n++] = FeatureHash.Combine(67, position, before);
            dest[n++] = FeatureHash.Combine(68, before, after);
        }
        else
        {
            // "more than 1 billion yuan": the words just before an amount belong to it when the unit says so.
            int next = i + 1 < s.Length && s[i + 1].Amount.Start == i + 1 ? i + 1 : i + 2 < s.Length && s[i + 2].Amount.Start == i + 2 ? i + 2 : -1;
            if (next > 0)
            {
                int end = s[next].Amount.End;
                dest[n++] = FeatureHash.Combine(69, t.Lower, (uint)(next - i), end < s.Length ? s[end].Lower : Eos);
            }
        }

        if (i == 0)
        {
            dest[n++] = FeatureHash.Combine(28, t.Lower);
            dest[n++] = FeatureHash.Combine(29, t.ShortShape);
        }

        if (allCaps)
        {
            dest[n++] = FeatureHash.Combine(30, t.Lower);
            dest[n++] = 0x5EED0031;
        }

        return n;
    }

    /// <summary>
    /// Writes the features that look at the two previous predicted tags (label indices, -1 before
    /// the sentence) and at <paramref name="documentTag"/>, the tag this capitalised word last got
    /// earlier in the same document (-1 when none): a name is usually tagged alike throughout an article.
    /// </summary>
    public static void Dynamic(ReadOnlySpan<TokenHashes> s, int i, int prev, int prev2, int documentTag, Span<uint> dest)
    {
        History(prev, prev2, documentTag, dest);
        WordsAfter(prev, s[i], dest[HistoryCount..]);
        NextWordAfter(prev, i + 1 < s.Length ? s[i + 1].Lower : Eos, dest[(HistoryCount + 2)..]);
    }

    /// <summary>How many of the <see cref="Dynamic"/> features look at tags only.</summary>
    public const int HistoryCount = 4;

    /// <summary>The dynamic features that look at tags only: few distinct values, so their rows stay in the CPU cache.</summary>
    public static void History(int prev, int prev2, int documentTag, Span<uint> dest)
    {
        uint p1 = (uint)(prev + 2), p2 = (uint)(prev2 + 2), d = (uint)(documentTag + 2);
        dest[0] = FeatureHash.Combine(40, p1);
        dest[1] = FeatureHash.Combine(41, p1, p2);
        dest[2] = FeatureHash.Combine(45, d);
        dest[3] = FeatureHash.Combine(46, d, p1);
    }

    /// <summary>The two dynamic features joining the previous tag with the token's own word and shape.</summary>
    public static void WordsAfter(int prev, in TokenHashes t, Span<uint> dest)
    {
        uint p1 = (uint)(prev + 2);
        dest[0] = FeatureHash.Combine(42, p1, t.Lower);
        dest[1] = FeatureHash.Combine(43, p1, t.ShortShape);
    }

    /// <summary>The dynamic feature joining the previous tag with the next word (<paramref name="nextLower"/>, or the sentence end).</summary>
    public static void NextWordAfter(int prev, uint nextLower, Span<uint> dest) => dest[0] = FeatureHash.Combine(44, (uint)(prev + 2), nextLower);

    /// <summary>The sentence-end marker as a next word, for <see cref="NextWordAfter"/>.</summary>
    public static uint EndOfSentence => Eos;
}
