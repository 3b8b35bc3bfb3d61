namespace FactExtract.Quotes;

/// <summary>Which characters open and close double quotations, and how a straight mark is read from its neighbours.</summary>
internal static class QuoteMarks
{
    public static bool IsDouble(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‟' or '＂';

    /// <summary>
    /// The role of the double mark at <paramref name="i"/>. Curly marks say it themselves; a straight
    /// mark opens after a space or an opening bracket and closes before a space or punctuation.
    /// </summary>
    public static MarkRole Role(string text, int i, int lineStart, int lineEnd)
    {
        char c = text[i];
        bool spaceBefore = i == lineStart || OpensBefore(text[i - 1]);
        bool spaceAfter = i + 1 >= lineEnd || ClosesAfter(text[i + 1]);
        // A curly mark facing the wrong way ("not,“ he said") is read from its neighbours.
        if (c is '“' or '„' or '«' or '‟') return spaceAfter && !spaceBefore ? MarkRole.Close : MarkRole.Open;
        // A closing curly mark that opens its paragraph (”… what I learned") can close nothing there.
        if (c is '”' or '»') return i == lineStart && i + 1 < lineEnd || spaceBefore && !spaceAfter && i + 1 < lineEnd && char.IsLetterOrDigit(text[i + 1]) ? MarkRole.Open : MarkRole.Close;
        // An opening straight mark before an ellipsis: ". . . I just want".
        if (spaceBefore && i + 1 < lineEnd && (text[i + 1] == '…' || text[i + 1] == '.' && i + 2 < lineEnd && text[i + 2] is '.' or ' ' && i + 3 < lineEnd && text[i + 3] == '.')) return MarkRole.Open;
        if (spaceBefore && !spaceAfter) return MarkRole.Open;
        if (spaceAfter && !spaceBefore) return MarkRole.Close;
        // ".@BernieSanders …": punctuation glued to the first word.
        if (spaceBefore && spaceAfter && i + 2 < lineEnd && !char.IsWhiteSpace(text[i + 1]) && (char.IsLetterOrDigit(text[i + 2]) || text[i + 2] is '@' or '#')) return MarkRole.Open;
        if (spaceBefore && spaceAfter) return MarkRole.Stray;
        return MarkRole.Either;
    }

    private static bool OpensBefore(char c) =>
        char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or '‘' or '\'' or '>';

    private static bool ClosesAfter(char c) =>
        char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '-' or '’' or '\'' or '<' or '…';
}

/// <summary>What a double quote mark does at its position.</summary>
internal enum MarkRole : byte
{
    Open,
    Close,
    /// <summary>A straight mark between two letters: opens when nothing is open, else closes.</summary>
    Either,
    /// <summary>A straight mark standing alone between spaces: closes an open quotation ("… 'Clinton,' " said), else ignored.</summary>
    Stray,
}
