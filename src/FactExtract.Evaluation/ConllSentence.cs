namespace FactExtract.Evaluation;

/// <summary>
/// One block of a CoNLL file: a sentence (its raw lines, first column = word, last = tag) or a
/// <c>-DOCSTART-</c> marker, kept so a tagged file can be written back line for line.
/// </summary>
internal sealed class ConllSentence
{
    public ConllSentence(string[] lines, char separator)
    {
        Lines = lines;
        Separator = separator;
        Words = new string[lines.Length];
        Tags = new string[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            int first = line.IndexOf(separator);
            int last = line.LastIndexOf(separator);
            Words[i] = first < 0 ? line : line[..first];
            Tags[i] = last < 0 ? "O" : line[(last + 1)..];
        }

        IsDocStart = lines.Length == 1 && Words[0] == "-DOCSTART-";
    }

    public string[] Lines { get; }

    public char Separator { get; }

    public string[] Words { get; }

    /// <summary>The last column: the gold (or given) tag.</summary>
    public string[] Tags { get; }

    public bool IsDocStart { get; }
}
