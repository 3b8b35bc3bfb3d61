namespace FactExtract.Entities;

/// <summary>Turns a decoded tag sequence (indices into <see cref="NerLabels"/>) into entity spans.</summary>
internal static class BioSpans
{
    /// <summary>Appends (first token, end token exclusive, B tag) for every entity; token indices are offset by <paramref name="offset"/>.</summary>
    public static void Collect(ReadOnlySpan<int> tags, int offset, List<(int First, int End, int Tag)> spans)
    {
        int start = -1, begin = 0;
        for (int i = 0; i <= tags.Length; i++)
        {
            int tag = i < tags.Length ? tags[i] : 0;
            bool continues = NerLabels.IsInside(tag) && start >= 0 && NerLabels.TypeOf(tag) == NerLabels.TypeOf(begin);
            if (continues) continue;
            if (start >= 0) spans.Add((offset + start, offset + i, begin));
            start = -1;
            if (tag != 0)
            {
                start = i;
                begin = NerLabels.IsBegin(tag) ? tag : tag - 1;
            }
        }
    }
}
