namespace FactExtract.Corpus;

/// <summary>
/// The file name of a document's own HTML report (<c>render</c> output) in a <c>--documents</c> folder. Ids are often
/// paths (<c>news/2015/a.txt</c>), so anything but letters, digits, dot, dash and underscore becomes an underscore,
/// and a short hash of the id is appended whenever that changed it, so two ids never share a file.
/// </summary>
public static class DocumentFileName
{
    private const int MaxStem = 100;

    /// <summary>The file name (with <c>.html</c>) for a document id.</summary>
    /// <param name="id">The document id.</param>
    public static string For(string id)
    {
        var safe = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        // A leading dot would hide the file, and "." or ".." would name a folder.
        if (safe.Length == 0 || safe[0] == '.') safe = "_" + safe;
        if (safe == id && safe.Length <= MaxStem) return safe + ".html";
        if (safe.Length > MaxStem) safe = safe[..MaxStem];
        return $"{safe}-{Fnv1a(id):x8}.html";
    }

    // FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.
    private static uint Fnv1a(string s)
    {
        uint hash = 2166136261;
        foreach (var c in s)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
