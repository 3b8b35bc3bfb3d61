namespace FactExtract.Entities;

/// <summary>Turns a decoded tag sequence (indices into <see cref="NerLabels"/>, BIO) into entity spans.</summary>
internal static class BioSpans
{
    /// <summary>
    /// Appends (first token, end token exclusive, tag of its first token) for every entity; token indices are offset by
    /// <paramref name="offset"/>. A name goes on while the next tag continues it (I of its type after B or I); a
    /// continuing tag with nothing to continue starts a name of its own.
    /// </summary>
    public static void Collect(NerLabels labels, ReadOnlySpan<int> tags, int offset, List<(int First, int End, int Tag)> spans)
    {
        int start = -1, first = 0;
        for (int i = 0; i <= tags.Length; i++)
        {
            int tag = i < tags.Length ? tags[i] : 0;
            bool continues = start >= 0 && labels.Allowed(tags[i - 1], tag) && labels.Continues(tag) && labels.TypeOf(tag) == labels.TypeOf(first);
            if (continues) continue;
            if (start >= 0) spans.Add((offset + start, offset + i, first));
            start = -1;
            if (tag != 0)
            {
                start = i;
                first = tag;
            }
        }
    }
}
