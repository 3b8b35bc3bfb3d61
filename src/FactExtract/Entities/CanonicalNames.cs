namespace FactExtract.Entities;

/// <summary>
/// Gives each mention of an article the name its entity goes by. The possessive and a leading
/// "the" are dropped; then a person or organisation mention is joined to the longest mention of
/// the same type in the article that ends with the same words ("Obama" → "Barack Obama",
/// "the Authority" → "Pakistan Telecommunications Authority"), that is the same name plus a
/// company designator ("Apple" → "Apple Inc."), or whose initials it is ("PTA"). A name used as
/// a modifier ("BlackBerry" in "BlackBerry Enterprise Server") is not joined.
/// </summary>
internal static class CanonicalNames
{
    private static readonly HashSet<string> Designators = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited", "LLC", "plc", "PLC",
        "Group", "Holdings", "AG", "SA", "S.A.", "N.V.", "GmbH", "&", "Co.,",
    };

    public static string[] Resolve(ReadOnlySpan<(string Text, string Label)> mentions)
    {
        var names = new string[mentions.Length];
        for (int i = 0; i < mentions.Length; i++) names[i] = Clean(mentions[i].Text);
        var result = (string[])names.Clone();
        // Only people and organisations are joined, each to a mention of its own kind: the pairs are compared within
        // the two groups, not across every mention of the article.
        JoinWithin(mentions, "PERSON", names, result);
        JoinWithin(mentions, "ORG", names, result);
        return result;
    }

    private static void JoinWithin(ReadOnlySpan<(string Text, string Label)> mentions, string label, string[] names, string[] result)
    {
        // A name's canonical form depends only on its text and on the other names, so each distinct name is compared
        // once (in order of first mention): an article that repeats its names costs in distinct names, not mentions.
        var distinct = new List<string>();
        var slot = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Length; i++)
            if (mentions[i].Label == label && slot.TryAdd(names[i], distinct.Count)) distinct.Add(names[i]);
        if (distinct.Count < 2) return;

        var words = new string[distinct.Count][];
        for (int m = 0; m < distinct.Count; m++) words[m] = distinct[m].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var canonical = new string[distinct.Count];
        for (int m = 0; m < distinct.Count; m++)
        {
            var own = words[m];
            string name = distinct[m];
            canonical[m] = name;
            if (own.Length == 0) continue;
            int best = -1;
            for (int o = 0; o < distinct.Count; o++)
            {
                var other = words[o];
                if (other.Length <= own.Length) continue;
                if (!EndsWith(other, own) && !IsNamePlusDesignator(other, own) && !IsInitials(name, other)) continue;
                if (best < 0 || other.Length > words[best].Length) best = o;
            }

            if (best >= 0) canonical[m] = distinct[best];
        }

        for (int i = 0; i < mentions.Length; i++)
            if (mentions[i].Label == label) result[i] = canonical[slot[names[i]]];
    }

    /// <summary>The mention without line breaks, a trailing possessive or a leading article.</summary>
    public static string Clean(string text)
    {
        // Most mentions are already one line with single spaces: no need to split and join them.
        var name = IsSingleSpaced(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var possessive in Possessives)
        {
            if (name.Length > possessive.Length + 1 && name.EndsWith(possessive, StringComparison.Ordinal))
            {
                name = name[..^possessive.Length].TrimEnd();
                break;
            }
        }

        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && name.Length > 4) name = name[4..];
        return name;
    }

    private static readonly string[] Possessives = { "’s", "'s", "’", "'" };

    private static bool IsSingleSpaced(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ') return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ' ? text[i + 1] == ' ' : char.IsWhiteSpace(c)) return false;
        }

        return true;
    }

    private static bool EndsWith(string[] longer, string[] shorter)
    {
        int offset = longer.Length - shorter.Length;
        for (int k = 0; k < shorter.Length; k++)
            if (!string.Equals(longer[offset + k], shorter[k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static bool IsNamePlusDesignator(string[] longer, string[] shorter)
    {
        for (int k = 0; k < shorter.Length; k++)
            if (!string.Equals(longer[k], shorter[k], StringComparison.OrdinalIgnoreCase)) return false;
        for (int k = shorter.Length; k < longer.Length; k++)
            if (!Designators.Contains(longer[k].TrimEnd(','))) return false;
        return true;
    }

    // Called for every pair of mentions in an article: compared in place, allocating nothing.
    private static bool IsInitials(string acronym, string[] words)
    {
        if (acronym.Length < 2) return false;
        foreach (char c in acronym) if (!char.IsUpper(c)) return false;
        int next = 0;
        foreach (var w in words)
        {
            if (w.Length == 0 || !char.IsUpper(w[0])) continue;
            if (next == acronym.Length || acronym[next] != w[0]) return false;
            next++;
        }

        return next == acronym.Length;
    }
}
