using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Tags a sentence left to right, each token with its best-scoring tag given the tags already
/// chosen (the tag history is a feature), never choosing a tag that cannot follow the previous one.
/// Greedy decoding is what the perceptron was trained with, and it keeps tagging to one pass.
/// Sentences of one document must be tagged in order with the same scratch (see <see cref="DocumentMemory"/>).
/// </summary>
internal static class GreedyTagger
{
    public static void Tag(NerModel model, string text, ReadOnlySpan<Token> tokens, Span<int> tags, TaggerScratch scratch)
    {
        int n = model.Labels.Count;
        int width = model.Width;
        scratch.Ensure(tokens.Length, width);
        var cache = scratch.CacheFor(model);
        var hashes = scratch.Hashes.AsSpan(0, tokens.Length);
        bool allCaps = NerFeatures.Prepare(text, tokens, hashes, model.Clusters, cache);
        var features = scratch.Features.AsSpan();
        var dynamic = scratch.DynamicFeatures.AsSpan();
        var scores = scratch.Scores.AsSpan(0, width);
        int prev = -1, prev2 = -1;
        bool inRegisters = model.CanScoreInRegisters;
        var dynamicRows = scratch.DynamicRows.AsSpan();
        var currentRows = scratch.Rows.AsSpan();
        var nextRows = scratch.NextRows.AsSpan();
        int count = tokens.Length > 0 ? model.FindRows(features[..NerFeatures.Context(hashes, 0, allCaps, features)], currentRows) : 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            // The next token's word-context features do not depend on tags: find and fetch their rows early.
            int nextCount = i + 1 < tokens.Length ? model.FindRows(features[..NerFeatures.Context(hashes, i + 1, allCaps, features)], nextRows) : 0;

            // After an O tag (most tokens) the features joining that tag with this word and the next are in the word cache.
            bool afterOutside = prev == 0;
            int wordsAfterTag = 0;
            if (!afterOutside)
            {
                NerFeatures.WordsAfter(prev, hashes[i], dynamic);
                NerFeatures.NextWordAfter(prev, i + 1 < tokens.Length ? hashes[i + 1].Lower : NerFeatures.EndOfSentence, dynamic[2..]);
                wordsAfterTag = 3;
            }

            var tagRows = dynamicRows[..model.TagRows(prev, prev2, scratch.Memory.TagOf(hashes[i]), dynamic[..wordsAfterTag], dynamicRows)];
            if (!inRegisters || !ScoreInRegisters(model, cache, hashes, i, afterOutside, currentRows[..count], tagRows, scores))
            {
                model.PaddedBias.AsSpan().CopyTo(scores);
                NerModel.Add(cache.Self(hashes[i], afterOutside), scores);
                NerModel.Add(i >= 1 ? cache.AsLeftNeighbour(hashes[i - 1]) : cache.LeftBoundary, scores);
                NerModel.Add(i + 1 < tokens.Length ? cache.AsRightNeighbour(hashes[i + 1], afterOutside) : cache.RightBoundary(afterOutside), scores);
                NerModel.Add(i >= 2 ? cache.AsSecondLeft(hashes[i - 2]) : cache.SecondLeftBoundary(i), scores);
                NerModel.Add(i + 2 < tokens.Length ? cache.AsSecondRight(hashes[i + 2]) : cache.SecondRightBoundary(i + 1 < tokens.Length), scores);
                model.AddRows(currentRows[..count], scores);
                model.AddRows(tagRows, scores);
            }

            int best = inRegisters ? model.BestAllowed(prev, scores) : Best(model.Labels, prev, scores[..n]);
            tags[i] = best;
            scratch.Memory.Remember(hashes[i], best);
            prev2 = prev;
            prev = best;
            var swap = currentRows;
            currentRows = nextRows;
            nextRows = swap;
            count = nextCount;
        }
    }

    /// <summary>
    /// Scores token <paramref name="i"/> with <see cref="NerModel.ScoreInRegisters"/>: the same sums as adding each part in
    /// turn. The five cached vectors are held together, so should looking one up have scored a word into the cache
    /// (which may overwrite a vector already looked up), the token is left to the caller (returns false).
    /// </summary>
    private static bool ScoreInRegisters(NerModel model, WordScoreCache cache, ReadOnlySpan<TokenHashes> hashes, int i, bool afterOutside,
        ReadOnlySpan<int> contextRows, ReadOnlySpan<int> tagRows, Span<int> scores)
    {
        int length = hashes.Length;
        long fills = cache.Fills;
        var self = cache.Self(hashes[i], afterOutside);
        var left = i >= 1 ? cache.AsLeftNeighbour(hashes[i - 1]) : cache.LeftBoundary;
        var right = i + 1 < length ? cache.AsRightNeighbour(hashes[i + 1], afterOutside) : cache.RightBoundary(afterOutside);
        var secondLeft = i >= 2 ? cache.AsSecondLeft(hashes[i - 2]) : cache.SecondLeftBoundary(i);
        var secondRight = i + 2 < length ? cache.AsSecondRight(hashes[i + 2]) : cache.SecondRightBoundary(i + 1 < length);
        if (cache.Fills != fills) return false;
        model.ScoreInRegisters(self, left, right, secondLeft, secondRight, contextRows, tagRows, scores);
        return true;
    }

    /// <summary>The best-scoring tag that may follow <paramref name="prev"/> (ties go to the lower index; O is always allowed).</summary>
    internal static int Best<T>(NerLabels labels, int prev, ReadOnlySpan<T> scores)
        where T : struct, System.Numerics.IComparisonOperators<T, T, bool>
    {
        int best = 0;
        for (int k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best] && labels.Allowed(prev, k)) best = k;
        }

        return best;
    }
}
