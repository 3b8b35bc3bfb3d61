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
    public const int Version = 3;
    public const int MaxStatic = 40;
    public const int DynamicCount = 7;

    private static readonly uint Bos = FeatureHash.OfSpan("<s>", 991);
    private static readonly uint Bos2 = FeatureHash.OfSpan("<s2>", 991);
    private static readonly uint Eos = FeatureHash.OfSpan("</s>", 991);
    private static readonly uint Eos2 = FeatureHash.OfSpan("</s2>", 991);

    /// <summary>Hashes every token of a sentence; returns whether the sentence is written in capitals (a headline).</summary>
    public static bool Prepare(string text, ReadOnlySpan<Token> tokens, Span<TokenHashes> hashes, WordClusters clusters)
    {
        int upperWords = 0, lowerWords = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var form = TokenForms.Normalize(tokens[i].Span(text));
            ref var h = ref hashes[i];
            Hash(form, ref h);
            h.Cluster = clusters.Lookup(h.Lower);
            if (h.HasLower) lowerWords++;
            else if (h.HasUpper && form.Length > 1) upperWords++;
        }

        return lowerWords == 0 && upperWords >= 2;
    }

    private static void Hash(ReadOnlySpan<char> form, ref TokenHashes h)
    {
        h.Word = FeatureHash.OfSpan(form, 1);
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
        bool upper = false, lower = false;
        foreach (char c in form)
        {
            char s;
            if (char.IsUpper(c)) { s = 'X'; upper = true; }
            else if (char.IsLower(c)) { s = 'x'; lower = true; }
            else if (char.IsDigit(c)) s = 'd';
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
    }

    /// <summary>Writes the word-only features of token <paramref name="i"/>; returns how many.</summary>
    public static int Static(ReadOnlySpan<TokenHashes> s, int i, bool allCaps, Span<uint> dest)
    {
        ref readonly var t = ref s[i];
        uint lm1 = i >= 1 ? s[i - 1].Lower : Bos;
        uint lm2 = i >= 2 ? s[i - 2].Lower : i == 1 ? Bos : Bos2;
        uint lp1 = i + 1 < s.Length ? s[i + 1].Lower : Eos;
        uint lp2 = i + 2 < s.Length ? s[i + 2].Lower : i + 1 < s.Length ? Eos : Eos2;
        uint wm1 = i >= 1 ? s[i - 1].Word : Bos;
        uint wp1 = i + 1 < s.Length ? s[i + 1].Word : Eos;
        uint ssm1 = i >= 1 ? s[i - 1].ShortShape : Bos;
        uint ssp1 = i + 1 < s.Length ? s[i + 1].ShortShape : Eos;
        uint sm1 = i >= 1 ? s[i - 1].Shape : Bos;
        uint sp1 = i + 1 < s.Length ? s[i + 1].Shape : Eos;
        uint suf3m1 = i >= 1 ? s[i - 1].Suffix3 : Bos;
        uint suf3p1 = i + 1 < s.Length ? s[i + 1].Suffix3 : Eos;

        int n = 0;
        dest[n++] = 0x5EED0001; // bias
        dest[n++] = FeatureHash.Combine(1, t.Word);
        dest[n++] = FeatureHash.Combine(2, t.Lower);
        dest[n++] = FeatureHash.Combine(3, t.Shape);
        dest[n++] = FeatureHash.Combine(4, t.ShortShape);
        dest[n++] = FeatureHash.Combine(5, t.Prefix1);
        dest[n++] = FeatureHash.Combine(6, t.Prefix2);
        dest[n++] = FeatureHash.Combine(7, t.Prefix3);
        dest[n++] = FeatureHash.Combine(8, t.Suffix1);
        dest[n++] = FeatureHash.Combine(9, t.Suffix2);
        dest[n++] = FeatureHash.Combine(10, t.Suffix3);
        dest[n++] = FeatureHash.Combine(11, t.Suffix4);
        dest[n++] = FeatureHash.Combine(12, lm1);
        dest[n++] = FeatureHash.Combine(13, lm2);
        dest[n++] = FeatureHash.Combine(14, lp1);
        dest[n++] = FeatureHash.Combine(15, lp2);
        dest[n++] = FeatureHash.Combine(16, wm1);
        dest[n++] = FeatureHash.Combine(17, wp1);
        dest[n++] = FeatureHash.Combine(18, ssm1);
        dest[n++] = FeatureHash.Combine(19, ssp1);
        dest[n++] = FeatureHash.Combine(20, lm1, t.Lower);
        dest[n++] = FeatureHash.Combine(21, t.Lower, lp1);
        dest[n++] = FeatureHash.Combine(22, ssm1, t.ShortShape, ssp1);
        dest[n++] = FeatureHash.Combine(23, sm1, t.Shape);
        dest[n++] = FeatureHash.Combine(24, t.Shape, sp1);
        dest[n++] = FeatureHash.Combine(25, suf3m1, t.Lower);
        dest[n++] = FeatureHash.Combine(26, t.Lower, suf3p1);
        dest[n++] = FeatureHash.Combine(27, lm2, lm1, t.Lower);
        uint cm1 = i >= 1 ? s[i - 1].Cluster : 1;
        uint cp1 = i + 1 < s.Length ? s[i + 1].Cluster : 2;
        dest[n++] = FeatureHash.Combine(50, t.Cluster >> 16);
        dest[n++] = FeatureHash.Combine(51, t.Cluster & 0xFF00);
        dest[n++] = FeatureHash.Combine(52, t.Cluster & 0xFFF0);
        dest[n++] = FeatureHash.Combine(53, cm1 >> 16);
        dest[n++] = FeatureHash.Combine(54, cp1 >> 16);
        dest[n++] = FeatureHash.Combine(55, t.Cluster >> 16, t.ShortShape);
        dest[n++] = FeatureHash.Combine(56, cm1 >> 16, t.Cluster >> 16);
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
        uint p1 = (uint)(prev + 2), p2 = (uint)(prev2 + 2), d = (uint)(documentTag + 2);
        ref readonly var t = ref s[i];
        dest[0] = FeatureHash.Combine(40, p1);
        dest[1] = FeatureHash.Combine(41, p1, p2);
        dest[2] = FeatureHash.Combine(42, p1, t.Lower);
        dest[3] = FeatureHash.Combine(43, p1, t.ShortShape);
        dest[4] = FeatureHash.Combine(44, p1, i + 1 < s.Length ? s[i + 1].Lower : Eos);
        dest[5] = FeatureHash.Combine(45, d);
        dest[6] = FeatureHash.Combine(46, d, p1);
    }
}
