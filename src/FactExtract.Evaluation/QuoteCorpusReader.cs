using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace FactExtract.Evaluation;

/// <summary>
/// Reads a PolNeAR compartment (<c>text/*.txt</c> + <c>attributions/*_ANNOTATOR.ann</c>, brat
/// standoff). For an article annotated several times, the alphabetically first annotator's file
/// is used (the corpus README's rule). Covered-text fields may run over several lines, so only
/// lines that start with an annotation id are parsed; discontinuous spans (<c>;</c>) are kept as
/// several ranges. Brat counts characters as code points; offsets are converted to UTF-16.
/// </summary>
internal static class QuoteCorpusReader
{
    /// <summary>Reads a compartment folder, or a <c>.tar.gz</c> archive of one straight from the archive (nothing is unpacked to disk).</summary>
    public static IReadOnlyList<QuoteCorpusArticle> Read(string path) =>
        path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)
            ? ReadArchive(path)
            : ReadFolder(path);

    public static IReadOnlyList<QuoteCorpusArticle> ReadFolder(string folder)
    {
        var textDir = Path.Combine(folder, "text");
        var annDir = Path.Combine(folder, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
            throw new DirectoryNotFoundException($"{folder}: expected text/ and attributions/ folders");

        var texts = Directory.EnumerateFiles(textDir, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => File.ReadAllText(f, Encoding.UTF8), StringComparer.Ordinal);
        var anns = Directory.EnumerateFiles(annDir, "*.ann").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => File.ReadAllText(f, Encoding.UTF8), StringComparer.Ordinal);
        return Assemble(texts, anns);
    }

    /// <summary>Reads the <c>text/*.txt</c> and <c>attributions/*.ann</c> entries of a gzipped tar archive, at any depth.</summary>
    public static IReadOnlyList<QuoteCorpusArticle> ReadArchive(string archive)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var anns = new Dictionary<string, string>(StringComparer.Ordinal);
        using var file = File.OpenRead(archive);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
            var name = entry.Name.Replace('\\', '/');
            var folder = Path.GetFileName(Path.GetDirectoryName(name) ?? "");
            var target = folder == "text" && name.EndsWith(".txt", StringComparison.Ordinal) ? texts
                : folder == "attributions" && name.EndsWith(".ann", StringComparison.Ordinal) ? anns
                : null;
            if (target is null) continue;
            // An empty file (an article with no attribution) has no data stream.
            if (entry.DataStream is null) { target[Path.GetFileNameWithoutExtension(name)] = ""; continue; }
            using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
            target[Path.GetFileNameWithoutExtension(name)] = reader.ReadToEnd();
        }

        if (texts.Count == 0 || anns.Count == 0) throw new InvalidDataException($"{archive}: no text/*.txt and attributions/*.ann entries");
        return Assemble(texts, anns);
    }

    private static List<QuoteCorpusArticle> Assemble(Dictionary<string, string> texts, Dictionary<string, string> anns)
    {
        var firstAnnotator = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in anns.Keys)
        {
            int us = name.LastIndexOf('_');
            if (us <= 0) continue;
            var article = name[..us];
            if (!firstAnnotator.TryGetValue(article, out var existing) || string.CompareOrdinal(name, existing) < 0)
                firstAnnotator[article] = name;
        }

        var result = new List<QuoteCorpusArticle>();
        foreach (var article in texts.Keys.Order(StringComparer.Ordinal))
        {
            if (!firstAnnotator.TryGetValue(article, out var annName)) continue;
            var text = texts[article];
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            var lines = anns[annName].Split('\n').Select(l => l.TrimEnd('\r'));
            result.Add(new QuoteCorpusArticle(article, annName[(annName.LastIndexOf('_') + 1)..], text, Parse(lines, text)));
        }

        return result;
    }

    public static IReadOnlyList<QuoteCorpusAttribution> Parse(IEnumerable<string> lines, string text)
    {
        var toUtf16 = CodePointMap(text);
        var spans = new Dictionary<string, List<TextRange>>(StringComparer.Ordinal);
        var relations = new List<Dictionary<string, string>>();
        foreach (var line in lines)
        {
            if (line.Length < 2) continue;
            var fields = line.Split('\t');
            if (line[0] == 'T' && char.IsDigit(line[1]) && fields.Length >= 2)
            {
                int sp = fields[1].IndexOf(' ');
                if (sp < 0) continue;
                var ranges = new List<TextRange>();
                foreach (var part in fields[1][(sp + 1)..].Split(';'))
                {
                    var nums = part.Trim().Split(' ');
                    if (nums.Length != 2
                        || !int.TryParse(nums[0], NumberStyles.None, CultureInfo.InvariantCulture, out int s)
                        || !int.TryParse(nums[1], NumberStyles.None, CultureInfo.InvariantCulture, out int e)) continue;
                    ranges.Add(new TextRange(toUtf16(s), toUtf16(e)));
                }

                spans[fields[0]] = ranges;
            }
            else if (line[0] == 'E' && char.IsDigit(line[1]) && fields.Length >= 2)
            {
                var roles = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var kv in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int colon = kv.IndexOf(':');
                    if (colon > 0) roles[kv[..colon]] = kv[(colon + 1)..];
                }

                relations.Add(roles);
            }
        }

        var result = new List<QuoteCorpusAttribution>();
        foreach (var roles in relations)
        {
            if (!roles.TryGetValue("Content", out var c) || !spans.TryGetValue(c, out var content)) continue;
            var cue = roles.TryGetValue("Cue", out var cu) && spans.TryGetValue(cu, out var cr) ? cr : new List<TextRange>();
            var source = roles.TryGetValue("Source", out var so) && spans.TryGetValue(so, out var sr) ? sr : null;
            result.Add(new QuoteCorpusAttribution(content, cue, source));
        }

        return result;
    }

    // Maps a code-point offset to a UTF-16 offset; the identity unless the text has astral characters.
    private static Func<int, int> CodePointMap(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDBFF')) return i => Math.Min(i, text.Length);
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }

        map.Add(text.Length);
        return cp => cp < map.Count ? map[cp] : text.Length;
    }
}
