namespace FactExtract.Entities;

/// <summary>A run of words in a sentence, as token positions [<paramref name="Start"/>, <paramref name="End"/>).</summary>
internal readonly record struct TokenRun(int Start, int End)
{
    /// <summary>The token is in no run.</summary>
    public static readonly TokenRun None = new(-1, -1);

    public bool IsNone => Start < 0;
}
