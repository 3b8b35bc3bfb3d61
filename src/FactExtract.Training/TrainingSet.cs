using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Tokenization;

namespace FactExtract.Training;

/// <summary>
/// Sentences ready for training: gold tag indices, per-token hashes and the static features of
/// every token, computed once so each epoch only adds the tag-history features.
/// </summary>
internal sealed class TrainingSet
{
    public TrainingSet(IReadOnlyList<ConllSentence> sentences, NerLabels labels, WordClusters? clusters = null)
    {
        Clusters = clusters ?? WordClusters.Empty;
        var usable = sentences.Where(s => !s.IsDocStart).ToArray();
        // Documents as ranges of sentences: the document memory feature is reset at each -DOCSTART-.
        var documentStarts = new List<int> { 0 };
        int kept = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.IsDocStart && kept > documentStarts[^1]) documentStarts.Add(kept);
            if (!sentence.IsDocStart) kept++;
        }

        if (documentStarts[^1] != kept) documentStarts.Add(kept);
        DocumentStart = documentStarts.ToArray();
        Sentences = usable;
        int tokens = usable.Sum(s => s.Words.Length);
        Gold = new int[tokens];
        Hashes = new TokenHashes[tokens];
        SentenceStart = new int[usable.Length + 1];
        FeatureStart = new int[tokens + 1];
        var features = new List<uint>(tokens * 30);
        Span<uint> buffer = stackalloc uint[NerFeatures.MaxStatic];
        int t = 0;
        for (int s = 0; s < usable.Length; s++)
        {
            SentenceStart[s] = t;
            var (text, toks) = PretokenizedText.Join(usable[s].Words);
            var hashes = Hashes.AsSpan(t, toks.Length);
            bool allCaps = NerFeatures.Prepare(text, toks, hashes, Clusters);
            var gold = labels.Encode(usable[s].Tags);
            for (int i = 0; i < toks.Length; i++)
            {
                Gold[t + i] = gold[i];
                FeatureStart[t + i] = features.Count;
                int n = NerFeatures.Static(hashes, i, allCaps, buffer);
                for (int k = 0; k < n; k++) features.Add(buffer[k]);
            }

            t += toks.Length;
        }

        SentenceStart[usable.Length] = t;
        FeatureStart[tokens] = features.Count;
        Features = features.ToArray();
        Labels = labels;
    }

    public NerLabels Labels { get; }

    public WordClusters Clusters { get; }

    public ConllSentence[] Sentences { get; }

    public int[] Gold { get; }

    /// <summary>Sentence index where each document starts; the last entry is the sentence count.</summary>
    public int[] DocumentStart { get; }

    public int DocumentCount => DocumentStart.Length - 1;

    public TokenHashes[] Hashes { get; }

    public int[] SentenceStart { get; }

    public int[] FeatureStart { get; }

    public uint[] Features { get; }

    public int TokenCount => Gold.Length;

    public ReadOnlySpan<uint> StaticFeatures(int token) => Features.AsSpan(FeatureStart[token], FeatureStart[token + 1] - FeatureStart[token]);

    /// <summary>The tag to learn at a token whose previous predicted tag is <paramref name="prev"/>: the gold tag, or the tag that starts a name there (I → B, L → U) when the gold one cannot follow.</summary>
    public int Target(int token, int prev)
    {
        int gold = Gold[token];
        return Labels.Allowed(prev, gold) ? gold : Labels.Restart(gold);
    }
}
