namespace FactExtract.Entities;

/// <summary>
/// Maps a token to the form OntoNotes (Penn Treebank tokens) would have written it, so features
/// learnt from the corpus fire on our tokens: curly and PTB quotes become <c>"</c> or <c>'</c>,
/// brackets become <c>-LRB-</c> and friends, the corpus's escaped <c>/.</c> becomes <c>.</c>.
/// </summary>
internal static class TokenForms
{
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> token)
    {
        if (token.Length == 1)
        {
            return token[0] switch
            {
                '“' or '”' or '„' or '«' or '»' => "\"",
                '‘' or '’' or '`' or '‚' => "'",
                '(' => "-LRB-",
                ')' => "-RRB-",
                '[' => "-LSB-",
                ']' => "-RSB-",
                '{' => "-LCB-",
                '}' => "-RCB-",
                '–' or '—' => "--",
                _ => token,
            };
        }

        if (token.Length == 2)
        {
            if (token.SequenceEqual("``") || token.SequenceEqual("''")) return "\"";
            if (token[0] == '/' && token[1] is '.' or '?' or '-') return token[1..];
            if (token[0] == '’' && token[1] is 's' or 'S') return token[1] == 's' ? "'s" : "'S";
        }

        if (token.Length == 3 && token[0] == 'n' && token[1] == '’' && token[2] == 't') return "n't";
        return token;
    }
}
