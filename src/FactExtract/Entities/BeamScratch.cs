namespace FactExtract.Entities;

/// <summary>
/// The working memory of <see cref="BeamTagger"/> for one sentence: per token and beam slot, the tag chosen and the slot
/// of the hypothesis it extends; the candidates of the current token, kept sorted best first. Reused between sentences.
/// </summary>
internal sealed class BeamScratch
{
    private int[] _tags = Array.Empty<int>();
    private int[] _parents = Array.Empty<int>();
    private int _width;

    // Candidates of the current token, best first: path score, the slot extended, the tag.
    private long[] _candidateScore = Array.Empty<long>();
    private int[] _candidateParent = Array.Empty<int>();
    private int[] _candidateTag = Array.Empty<int>();

    /// <summary>Path score of each live hypothesis.</summary>
    public long[] Score { get; private set; } = Array.Empty<long>();

    /// <summary>Per token: the last earlier token of the sentence with the same capitalised word, or -1.</summary>
    public int[] SameWordBefore { get; private set; } = Array.Empty<int>();

    /// <summary>Scores of the features that look at no tag.</summary>
    public int[] Common { get; private set; } = Array.Empty<int>();

    /// <summary><see cref="Common"/> with the word's features for a hypothesis whose previous tag is O.</summary>
    public int[] AfterOutside { get; private set; } = Array.Empty<int>();

    /// <summary><see cref="Common"/> with the word's features for any other previous tag.</summary>
    public int[] AfterName { get; private set; } = Array.Empty<int>();

    public void Ensure(int tokens, int width, int labels)
    {
        _width = width;
        if (_tags.Length < tokens * width)
        {
            _tags = new int[Math.Max(tokens * width, _tags.Length * 2)];
            _parents = new int[_tags.Length];
        }

        if (SameWordBefore.Length < tokens) SameWordBefore = new int[Math.Max(tokens, SameWordBefore.Length * 2)];
        if (Score.Length < width)
        {
            Score = new long[width];
            _candidateScore = new long[width];
            _candidateParent = new int[width];
            _candidateTag = new int[width];
        }

        if (Common.Length < labels)
        {
            Common = new int[labels];
            AfterOutside = new int[labels];
            AfterName = new int[labels];
        }
    }

    public int TagAt(int token, int slot) => _tags[token * _width + slot];

    public int ParentAt(int token, int slot) => _parents[token * _width + slot];

    /// <summary>
    /// Offers a candidate to the <paramref name="count"/> kept so far (best first); returns the new count. An equal score
    /// never displaces an earlier candidate, so ties go to the earlier hypothesis and the lower tag, as in greedy decoding.
    /// </summary>
    public int Offer(int count, int width, long score, int parent, int tag)
    {
        if (count == width && score <= _candidateScore[count - 1]) return count;
        int at = count == width ? count - 1 : count;
        while (at > 0 && _candidateScore[at - 1] < score)
        {
            _candidateScore[at] = _candidateScore[at - 1];
            _candidateParent[at] = _candidateParent[at - 1];
            _candidateTag[at] = _candidateTag[at - 1];
            at--;
        }

        _candidateScore[at] = score;
        _candidateParent[at] = parent;
        _candidateTag[at] = tag;
        return count == width ? count : count + 1;
    }

    /// <summary>Makes the candidates the hypotheses at <paramref name="token"/>; returns how many are live.</summary>
    public int Commit(int token, int count)
    {
        for (int c = 0; c < count; c++)
        {
            Score[c] = _candidateScore[c];
            _tags[token * _width + c] = _candidateTag[c];
            _parents[token * _width + c] = _candidateParent[c];
        }

        return count;
    }
}
