using FactExtract.Entities;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Tests.Entities;

/// <summary>
/// The word-score cache is only a shortcut: tagging through it must give exactly the tags of
/// scoring every feature row at every token (as training does), however small the cache.
/// </summary>
public class WordScoreCacheTests
{
    [Theory]
    [InlineData(8192)]
    [InlineData(64)] // many words share a set: the tagger often falls back from adding in registers
    [InlineData(4)] // one set of four: a token's five neighbour words cannot all be cached at once
    [InlineData(2)] // almost every lookup evicts another word of the same sentence
    public void CachedTaggingEqualsScoringEveryFeature(int slots)
    {
        var model = BuiltInModel.Instance;
        var doc = new AnalyzedDocument(new Document("seed", TestPaths.SeedText));
        new Tokenizer().Process(doc, CancellationToken.None);
        new SentenceSplitter().Process(doc, CancellationToken.None);
        var tokens = doc.Tokens.ToArray();
        var cached = new int[tokens.Length];
        var scratch = new TaggerScratch(slots);
        foreach (var s in doc.Sentences)
            GreedyTagger.Tag(model, doc.Text, tokens.AsSpan(s.FirstToken, s.TokenCount), cached.AsSpan(s.FirstToken, s.TokenCount), scratch);

        var reference = TagWithoutCache(model, doc.Text, tokens, doc.Sentences);
        Assert.Equal(reference, cached);
        Assert.Contains(cached, t => t != 0);
    }

    [Fact]
    public void DistinctWordsFillTheCacheEvenly()
    {
        // 1,500 words in 8,192 slots (2,048 sets of four): a second pass should find nearly all of them. When the set came
        // from the key's lowest bits, the lowest of which is always 1, half the sets stayed empty and many more words collided.
        var cache = new WordScoreCache(BuiltInModel.Instance, 8192);
        var words = Enumerable.Range(0, 1500).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var h = default(TokenHashes);
        foreach (var w in words) cache.Describe(w, ref h);
        long first = cache.Fills;
        foreach (var w in words) cache.Describe(w, ref h);
        Assert.Equal(words.Length, first);
        Assert.True(cache.Fills - first < words.Length / 50, $"{cache.Fills - first} of {words.Length} words scored again");
    }

    private static int[] TagWithoutCache(NerModel model, string text, Token[] tokens, IEnumerable<Sentence> sentences)
    {
        var tags = new int[tokens.Length];
        var memory = new DocumentMemory();
        var features = new uint[NerFeatures.MaxStatic + NerFeatures.DynamicCount];
        var scores = new int[model.Labels.Count];
        foreach (var s in sentences)
        {
            var hashes = new TokenHashes[s.TokenCount];
            bool allCaps = NerFeatures.Prepare(text, tokens.AsSpan(s.FirstToken, s.TokenCount), hashes, model.Clusters);
            int prev = -1, prev2 = -1;
            for (int i = 0; i < hashes.Length; i++)
            {
                int count = NerFeatures.Static(hashes, i, allCaps, features);
                NerFeatures.Dynamic(hashes, i, prev, prev2, memory.TagOf(hashes[i]), features.AsSpan(count, NerFeatures.DynamicCount));
                model.Bias.CopyTo(scores, 0);
                model.AddScores(features.AsSpan(0, count + NerFeatures.DynamicCount), scores);
                int best = GreedyTagger.Best(model.Labels, prev, scores);
                tags[s.FirstToken + i] = best;
                memory.Remember(hashes[i], best);
                prev2 = prev;
                prev = best;
            }
        }

        return tags;
    }
}
