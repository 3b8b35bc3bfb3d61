namespace FactExtract.Entities;

/// <summary>
/// Gives each mention of an article the name its entity goes by: the possessive and a leading
/// "the" are dropped, and a short form ("Obama", "the Authority", "PTA") is joined to the longest
/// mention of the same type in the article that contains it as a run of words or spells it as initials.
/// </summary>
internal static class CanonicalNames
{
    private static readonly HashSet<string> NumericTypes = new(StringComparer.Ordinal)
    {
        "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
    };

    public static string[] Resolve(IReadOnlyList<(string Text, string Label)> mentions)
    {
        var names = mentions.Select(m => Clean(m.Text)).ToArray();
        var words = names.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var result = new string[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            result[i] = names[i];
            if (NumericTypes.Contains(mentions[i].Label) || words[i].Length == 0) continue;
            int best = -1;
            for (int j = 0; j < mentions.Count; j++)
            {
                if (j == i || mentions[j].Label != mentions[i].Label || words[j].Length <= words[i].Length) continue;
                if (!Contains(words[j], words[i]) && !IsInitials(names[i], words[j])) continue;
                if (best < 0 || words[j].Length > words[best].Length) best = j;
            }

            if (best >= 0) result[i] = names[best];
        }

        return result;
    }

    /// <summary>The mention without line breaks, a trailing possessive or a leading article.</summary>
    public static string Clean(string text)
    {
        var name = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var possessive in new[] { "’s", "'s", "’", "'" })
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

    private static bool Contains(string[] longer, string[] shorter)
    {
        for (int s = 0; s + shorter.Length <= longer.Length; s++)
        {
            bool all = true;
            for (int k = 0; k < shorter.Length && all; k++)
                all = string.Equals(longer[s + k], shorter[k], StringComparison.OrdinalIgnoreCase);
            if (all) return true;
        }

        return false;
    }

    private static bool IsInitials(string acronym, string[] words)
    {
        if (acronym.Length < 2 || !acronym.All(char.IsUpper)) return false;
        var initials = words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]);
        return string.Concat(initials) == acronym;
    }
}
