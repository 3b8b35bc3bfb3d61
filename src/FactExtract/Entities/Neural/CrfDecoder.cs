namespace FactExtract.Entities.Neural;

/// <summary>
/// Viterbi decoding of a linear-chain CRF under the BIO constraints: the best tag sequence for a sentence's emission
/// scores, where an <c>I-</c> tag may only follow a <c>B-</c> or <c>I-</c> of its own type. Training scores the same
/// constraints, so decoding never has to repair a sequence.
/// </summary>
internal static class CrfDecoder
{
    /// <param name="emissions">Row-major, one row of <paramref name="labels"/>.Count scores per token.</param>
    /// <param name="transitions">Row-major [previous tag, next tag].</param>
    /// <param name="start">Score of each tag opening the sentence.</param>
    /// <param name="end">Score of each tag closing it.</param>
    /// <param name="labels">The tag set, which says which transitions are allowed.</param>
    /// <param name="tags">Receives one tag per token.</param>
    /// <param name="scratch">At least tokens × (labels + 1) × 2 floats of working space (see <see cref="ScratchLength"/>).</param>
    public static void Decode(
        ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, ReadOnlySpan<float> end,
        NerLabels labels, Span<int> tags, Span<float> scratch)
    {
        int n = tags.Length, l = labels.Count;
        if (n == 0) return;
        var score = scratch[..l];
        var next = scratch.Slice(l, l);
        var back = System.Runtime.InteropServices.MemoryMarshal.Cast<float, int>(scratch.Slice(2 * l, n * l));
        for (int j = 0; j < l; j++)
            score[j] = labels.Allowed(-1, j) ? start[j] + emissions[j] : float.NegativeInfinity;

        for (int t = 1; t < n; t++)
        {
            var row = emissions.Slice(t * l, l);
            var backRow = back.Slice(t * l, l);
            for (int j = 0; j < l; j++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int i = 0; i < l; i++)
                {
                    if (!labels.Allowed(i, j)) continue;
                    float s = score[i] + transitions[i * l + j];
                    if (s > best)
                    {
                        best = s;
                        arg = i;
                    }
                }

                next[j] = best + row[j];
                backRow[j] = arg;
            }

            next.CopyTo(score);
        }

        float top = float.NegativeInfinity;
        int last = 0;
        for (int j = 0; j < l; j++)
        {
            float s = score[j] + end[j];
            if (s > top)
            {
                top = s;
                last = j;
            }
        }

        tags[n - 1] = last;
        for (int t = n - 1; t > 0; t--) tags[t - 1] = back[t * l + tags[t]];
    }

    /// <summary>Floats of scratch <see cref="Decode"/> needs for a sentence of <paramref name="tokens"/> tokens.</summary>
    public static int ScratchLength(int tokens, int labels) => 2 * labels + tokens * labels;
}
