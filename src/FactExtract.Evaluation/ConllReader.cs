using System.IO.Compression;

namespace FactExtract.Evaluation;

/// <summary>Reads CoNLL/BIO files (tab- or space-separated columns, blank line between sentences, <c>.gz</c> accepted).</summary>
internal static class ConllReader
{
    public static List<ConllSentence> Read(string path)
    {
        using var stream = File.OpenRead(path);
        Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input);
        return Read(reader);
    }

    public static List<ConllSentence> Read(TextReader reader)
    {
        var sentences = new List<ConllSentence>();
        var lines = new List<string>();
        char separator = '\0';
        void Flush()
        {
            if (lines.Count == 0) return;
            sentences.Add(new ConllSentence(lines.ToArray(), separator == '\0' ? '\t' : separator));
            lines.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            line = line.TrimEnd('\r');
            if (separator == '\0') separator = line.Contains('\t') ? '\t' : ' ';
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                lines.Add(line);
                Flush();
                continue;
            }

            lines.Add(line);
        }

        Flush();
        return sentences;
    }
}
