using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Beam-search decoding with the greedy tagger's model: keeps the <c>width</c> best tag sequences of a sentence (by the
/// sum of their tags' scores) instead of one, so an early choice can be undone by the words after it ("one hundred
/// million *dollars*" decides the type of "one"). A hypothesis sees exactly the features greedy decoding would give it
/// (its own previous tags, the document memory, its own earlier tags of a repeated capitalised word), and ties go the
/// way greedy breaks them, so a beam of one decodes exactly as <see cref="GreedyTagger"/>. The features that do not
/// look at tags are scored once per token for all hypotheses, from the same word cache.
/// </summary>
internal static class BeamTagger
{
    public static void Tag(NerModel model, string text, ReadOnlySpan<Token> tokens, Span<int> tags, TaggerScratch scratch, int width)
    {
        if (width < 1) throw new ArgumentOutOfRangeException(nameof(width), "the beam holds at least one sequence");
        int n = model.Labels.Count, length = tokens.Length;
        if (length == 0) return;
        int vector = model.Width;
        scratch.Ensure(length, vector);
        var beam = scratch.BeamFor(length, width, vector);
        var cache = scratch.CacheFor(model);
        var hashes = scratch.Hashes.AsSpan(0, length);
        bool allCaps = NerFeatures.Prepare(text, tokens, hashes, model.Clusters, cache);
        LinkRepeatedWords(hashes, beam.SameWordBefore);
        var features = scratch.Features.AsSpan();
        var dynamic = scratch.DynamicFeatures.AsSpan();
        var dynamicRows = scratch.DynamicRows.AsSpan();
        var scores = scratch.Scores.AsSpan(0, vector);
        var common = beam.Common.AsSpan(0, vector);
        var afterOutside = beam.AfterOutside.AsSpan(0, vector);
        var afterName = beam.AfterName.AsSpan(0, vector);
        var rows = scratch.Rows.AsSpan();
        var nextRows = scratch.NextRows.AsSpan();
        int count = model.FindRows(features[..NerFeatures.Context(hashes, 0, allCaps, features)], rows);

        // Hypotheses at the previous token: slot → (path score, its tag there, the tag before that).
        int live = 1;
        beam.Score[0] = 0;
        for (int i = 0; i < length; i++)
        {
            // The next token's word-context features do not depend on tags: find and fetch their rows early, as greedy decoding does.
            int nextCount = i + 1 < length ? model.FindRows(features[..NerFeatures.Context(hashes, i + 1, allCaps, features)], nextRows) : 0;
            model.PaddedBias.AsSpan().CopyTo(common);
            NerModel.Add(i >= 1 ? cache.AsLeftNeighbour(hashes[i - 1]) : cache.LeftBoundary, common);
            NerModel.Add(i >= 2 ? cache.AsSecondLeft(hashes[i - 2]) : cache.SecondLeftBoundary(i), common);
            NerModel.Add(i + 2 < length ? cache.AsSecondRight(hashes[i + 2]) : cache.SecondRightBoundary(i + 1 < length), common);
            model.AddRows(rows[..count], common);
            for (int pass = 0; pass < 2; pass++)
            {
                bool outside = pass == 0;
                var target = outside ? afterOutside : afterName;
                common.CopyTo(target);
                NerModel.Add(cache.Self(hashes[i], outside), target);
                NerModel.Add(i + 1 < length ? cache.AsRightNeighbour(hashes[i + 1], outside) : cache.RightBoundary(outside), target);
            }

            int candidates = 0;
            for (int h = 0; h < live; h++)
            {
                int prev = i >= 1 ? beam.TagAt(i - 1, h) : -1;
                int prev2 = i >= 2 ? beam.TagAt(i - 2, beam.ParentAt(i - 1, h)) : -1;
                bool outside = prev == 0;
                (outside ? afterOutside : afterName).CopyTo(scores);
                int wordsAfterTag = 0;
                if (!outside)
                {
                    NerFeatures.WordsAfter(prev, hashes[i], dynamic);
                    NerFeatures.NextWordAfter(prev, i + 1 < length ? hashes[i + 1].Lower : NerFeatures.EndOfSentence, dynamic[2..]);
                    wordsAfterTag = 3;
                }

                model.AddRows(dynamicRows[..model.TagRows(prev, prev2, DocumentTag(hashes, i, h, beam, scratch.Memory), dynamic[..wordsAfterTag], dynamicRows)], scores);
                for (int k = 0; k < n; k++)
                    if (model.Labels.Allowed(prev, k)) candidates = beam.Offer(candidates, width, beam.Score[h] + scores[k], h, k);
            }

            live = beam.Commit(i, candidates);
            var swap = rows;
            rows = nextRows;
            nextRows = swap;
            count = nextCount;
        }

        // The best sequence, read back from its last tag.
        for (int i = length - 1, h = 0; i >= 0; i--)
        {
            tags[i] = beam.TagAt(i, h);
            h = beam.ParentAt(i, h);
        }

        for (int i = 0; i < length; i++) scratch.Memory.Remember(hashes[i], tags[i]);
    }

    /// <summary>For each capitalised token, the last earlier token of the sentence with the same word (-1 if none): greedy decoding remembers its tag.</summary>
    internal static void LinkRepeatedWords(ReadOnlySpan<TokenHashes> hashes, int[] before)
    {
        for (int i = 0; i < hashes.Length; i++)
        {
            before[i] = -1;
            if (!hashes[i].HasUpper) continue;
            for (int j = i - 1; j >= 0; j--)
            {
                if (hashes[j].HasUpper && hashes[j].Lower == hashes[i].Lower)
                {
                    before[i] = j;
                    break;
                }
            }
        }
    }

    /// <summary>What the document memory says for token <paramref name="i"/> on hypothesis <paramref name="h"/>'s path.</summary>
    private static int DocumentTag(ReadOnlySpan<TokenHashes> hashes, int i, int h, BeamScratch beam, DocumentMemory memory)
    {
        int j = beam.SameWordBefore[i];
        if (j < 0) return memory.TagOf(hashes[i]);
        int slot = h;
        for (int p = i - 1; p > j; p--) slot = beam.ParentAt(p, slot);
        return beam.TagAt(j, slot);
    }
}
