namespace FactExtract.Entities.Neural;

/// <summary>
/// How the neural tagger sees a token: a pre-trained vector looked up by <see cref="WordKey"/>, a shape class
/// (<see cref="Shape"/>) and its first <see cref="MaxChars"/> characters (<see cref="CharForm"/>). Training and
/// tagging both call these, so the two sides cannot drift apart.
/// </summary>
internal static class NeuralInput
{
    /// <summary>Characters of a token the character convolution reads; longer tokens (URLs, long numbers) are cut.</summary>
    public const int MaxChars = 20;

    /// <summary>Shape classes, each with and without a pre-trained vector.</summary>
    public const int ShapeCount = 8 * 2;

    /// <summary>
    /// The vocabulary key: lower-cased, with the corpus's Penn Treebank escapes (<c>-LRB-</c>, <c>``</c>, <c>/.</c>) and
    /// typographic quotes and dashes written as the plain characters GloVe's vocabulary has.
    /// </summary>
    public static string WordKey(ReadOnlySpan<char> token)
    {
        var form = CharForm(token);
        Span<char> lower = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        return new string(lower);
    }

    /// <summary>
    /// The token's characters with typographic punctuation made plain and treebank escapes undone: the linear tagger's
    /// normal form (<see cref="TokenForms"/>), whose bracket escapes (<c>-LRB-</c>) are turned back into brackets, as
    /// GloVe's vocabulary writes them.
    /// </summary>
    public static ReadOnlySpan<char> CharForm(ReadOnlySpan<char> token)
    {
        var form = TokenForms.Normalize(token);
        if (form.Length != 5 || form[0] != '-' || form[4] != '-') return form;
        return form[1..4] switch
        {
            "LRB" => "(",
            "RRB" => ")",
            "LSB" => "[",
            "RSB" => "]",
            "LCB" => "{",
            "RCB" => "}",
            _ => form,
        };
    }

    /// <summary>
    /// The token's shape (lower, capitalised, all capitals, mixed, number, has a digit, punctuation, other), doubled by
    /// whether the vocabulary knows the word: what the tagger has for a name GloVe never saw.
    /// </summary>
    public static int Shape(ReadOnlySpan<char> form, bool known)
    {
        int upper = 0, lower = 0, digits = 0, other = 0;
        foreach (char c in form)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) digits++;
            else if (c is not ('.' or ',' or '-' or '\'' or '&')) other++;
        }

        int letters = upper + lower;
        int shape;
        if (letters == 0 && digits == 0) shape = 6;
        else if (letters == 0) shape = 4;
        else if (digits > 0) shape = 5;
        else if (upper == 0) shape = 0;
        else if (lower == 0) shape = letters == 1 ? 1 : 2;
        else if (char.IsUpper(FirstLetter(form)) && upper == 1) shape = 1;
        else shape = 3;
        if (other > 0 && shape != 6 && letters + digits < other) shape = 7;
        return shape * 2 + (known ? 1 : 0);
    }

    private static char FirstLetter(ReadOnlySpan<char> form)
    {
        foreach (char c in form)
            if (char.IsLetter(c)) return c;
        return ' ';
    }
}
