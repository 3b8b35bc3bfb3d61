namespace FactExtract.Tokenization;

/// <summary>URLs ("https://…", "www.…", "blackberry.com") and e-mail addresses, recognised without regular expressions.</summary>
internal static class UrlScanner
{
    /// <summary>The end of a URL starting at <paramref name="start"/>, or <paramref name="start"/> when there is none.</summary>
    public static int MatchUrl(ReadOnlySpan<char> text, int start)
    {
        if ((text[start] | 0x20) is not ('h' or 'f' or 'w')) return start; // most words: no URL can start here
        // Every scheme's second letter is a 't' ("http", "ftp") or a 'w' ("www."): "he", "was", "for" stop here.
        if (start + 1 >= text.Length || (text[start + 1] | 0x20) is not ('t' or 'w')) return start;
        var rest = text[start..];
        int scheme = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (scheme == 0) return start;

        int i = start + scheme;
        int open = 0;
        while (i < text.Length && !EndsUrl(text[i]))
        {
            if (text[i] == '(') open++;
            else if (text[i] == ')') open--;
            i++;
        }

        // Sentence punctuation after a URL is not part of it; a ')' is, when the URL opened one.
        while (i > start + scheme)
        {
            char last = text[i - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}' || (last == ')' && open < 0))
            {
                if (last == ')') open++;
                i--;
                continue;
            }

            break;
        }

        return i > start + scheme && CharClass.IsLetterOrDigit(text[start + scheme]) ? i : start;
    }

    /// <summary>Whether a word run holding '@' at <paramref name="at"/> is an address: "name@example.org".</summary>
    public static bool IsEmail(ReadOnlySpan<char> run, int at)
    {
        if (at <= 0 || at >= run.Length - 3) return false;
        var domain = run[(at + 1)..];
        int dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot >= domain.Length - 2) return false;
        foreach (char c in domain[(dot + 1)..])
            if (CharClass.Of(c) != CharKind.Letter) return false;
        return true;
    }

    /// <summary>A bare domain name such as "BlackBerry.com" or "gov.uk" (known top-level domains only).</summary>
    public static bool IsBareDomain(ReadOnlySpan<char> run)
    {
        int dot = run.LastIndexOf('.');
        if (dot <= 0) return false;
        var tld = run[(dot + 1)..];
        if (CharClass.Of(run[dot - 1]) != CharKind.Letter && !char.IsAsciiDigit(run[dot - 1])) return false;
        return tld.Equals("com", StringComparison.OrdinalIgnoreCase) || tld.Equals("org", StringComparison.OrdinalIgnoreCase)
            || tld.Equals("net", StringComparison.OrdinalIgnoreCase) || tld.Equals("gov", StringComparison.OrdinalIgnoreCase)
            || tld.Equals("edu", StringComparison.OrdinalIgnoreCase) || tld.Equals("io", StringComparison.OrdinalIgnoreCase)
            || tld.Equals("uk", StringComparison.OrdinalIgnoreCase) || tld.Equals("info", StringComparison.OrdinalIgnoreCase);
    }

    private static bool EndsUrl(char c) =>
        CharClass.Of(c) == CharKind.Space || c is '"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
            or '\u00AB' or '\u00BB' or '\u2026' or '\u2013' or '\u2014';
}
