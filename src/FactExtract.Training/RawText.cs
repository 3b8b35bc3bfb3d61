using System.Formats.Tar;
using System.IO.Compression;
using System.Text.RegularExpressions;
using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Training;

/// <summary>
/// Unlabelled text for the word classes, as sentences of lower-case word hashes: CoNLL files'
/// first column, or raw articles (.txt, TimeML .tml with its tags stripped) from files, folders
/// or .tar.gz archives, tokenized by the library's tokenizer and cut at line breaks.
/// </summary>
internal static partial class RawText
{
    public static IEnumerable<IReadOnlyList<uint>> FromConll(IEnumerable<ConllSentence> sentences) =>
        sentences.Where(s => !s.IsDocStart).Select(s => (IReadOnlyList<uint>)s.Words.Select(w => Hash(w)).ToArray());

    public static IEnumerable<IReadOnlyList<uint>> FromPath(string path)
    {
        foreach (var text in Texts(path))
            foreach (var line in text.Split('\n'))
            {
                var tokens = new List<Token>();
                Tokenizer.Tokenize(line, tokens);
                if (tokens.Count > 0) yield return tokens.Select(t => Hash(t.Span(line))).ToArray();
            }
    }

    private static uint Hash(ReadOnlySpan<char> word) => FeatureHash.OfLowerSpan(TokenForms.Normalize(word), 2);

    /// <summary>The texts of raw articles in a file, folder or .tar.gz archive, TimeML tags stripped, in a fixed order.</summary>
    public static IEnumerable<string> Texts(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsText).OrderBy(f => f, StringComparer.Ordinal))
                yield return Clean(file, File.ReadAllText(file));
        }
        else if (path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new TarReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null || !IsText(entry.Name)) continue;
                using var text = new StreamReader(entry.DataStream);
                yield return Clean(entry.Name, text.ReadToEnd());
            }
        }
        else if (File.Exists(path))
        {
            yield return Clean(path, File.ReadAllText(path));
        }
    }

    private static bool IsText(string name) => name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tml", StringComparison.OrdinalIgnoreCase);

    private static string Clean(string name, string text) =>
        name.EndsWith(".tml", StringComparison.OrdinalIgnoreCase) ? Tags().Replace(text, " ") : text;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
