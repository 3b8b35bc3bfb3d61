namespace FactExtract.Text;

/// <summary>A sentence as a range of tokens: tokens [FirstToken, FirstToken + TokenCount).</summary>
internal readonly record struct Sentence(int FirstToken, int TokenCount, int Start, int End)
{
    public int EndToken => FirstToken + TokenCount;
}
