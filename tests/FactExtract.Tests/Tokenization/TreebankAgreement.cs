using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Tests.Tokenization;

/// <summary>
/// Measures how closely the tokenizer reproduces Penn Treebank / OntoNotes tokens: each gold
/// sentence is detokenized into plain text with simple typesetting rules (no space before
/// ", . 's n't )", hyphens joined to their neighbours, `` '' as curly quotes, -LRB- as "("),
/// re-tokenized, and the token spans compared exactly.
/// </summary>
internal static class TreebankAgreement
{
    internal sealed record Result(int Sentences, int IdenticalSentences, int GoldTokens, int PredictedTokens, int MatchedTokens,
        IReadOnlyList<(string Text, string Gold, string Predicted)> Differences)
    {
        public double Precision => PredictedTokens == 0 ? 0 : (double)MatchedTokens / PredictedTokens;

        public double Recall => GoldTokens == 0 ? 0 : (double)MatchedTokens / GoldTokens;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double SentenceAccuracy => Sentences == 0 ? 0 : (double)IdenticalSentences / Sentences;
    }

    /// <summary>Reads CoNLL sentences (first column = token, blank line = sentence end, -DOCSTART- skipped).</summary>
    public static IEnumerable<List<string>> ReadConll(IEnumerable<string> lines)
    {
        var sentence = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (sentence.Count > 0) yield return sentence;
                sentence = new List<string>();
                continue;
            }

            int tab = line.IndexOf('\t');
            string token = tab < 0 ? line.Split(' ')[0] : line[..tab];
            if (token != "-DOCSTART-") sentence.Add(token);
        }

        if (sentence.Count > 0) yield return sentence;
    }

    /// <summary>Reads CoNLL documents: the sentences between -DOCSTART- lines.</summary>
    public static IEnumerable<List<List<string>>> ReadConllDocuments(IEnumerable<string> lines)
    {
        var document = new List<List<string>>();
        var sentence = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (document.Count > 0) yield return document;
                document = new List<List<string>>();
                continue;
            }

            if (line.Length == 0)
            {
                if (sentence.Count > 0) document.Add(sentence);
                sentence = new List<string>();
                continue;
            }

            int tab = line.IndexOf('\t');
            sentence.Add(tab < 0 ? line.Split(' ')[0] : line[..tab]);
        }

        if (document.Count > 0) yield return document;
    }

    internal sealed record SentenceResult(int GoldBoundaries, int PredictedBoundaries, int MatchedBoundaries)
    {
        public double Precision => PredictedBoundaries == 0 ? 0 : (double)MatchedBoundaries / PredictedBoundaries;

        public double Recall => GoldBoundaries == 0 ? 0 : (double)MatchedBoundaries / GoldBoundaries;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>
    /// Sentence boundaries: each document's detokenized sentences are joined by a space into one
    /// paragraph (so line breaks give nothing away), split again, and the sentence start offsets compared.
    /// </summary>
    public static SentenceResult MeasureSentences(IEnumerable<List<List<string>>> documents)
    {
        int gold = 0, predicted = 0, matched = 0;
        var tokens = new List<Token>();
        var sentences = new List<FactExtract.Text.Sentence>();
        var paragraphs = new List<Paragraph>();
        foreach (var document in documents)
        {
            var text = new System.Text.StringBuilder();
            var starts = new HashSet<int>();
            foreach (var sentence in document)
            {
                var (sentenceText, _) = Detokenize(sentence);
                if (sentenceText.Length == 0) continue;
                if (text.Length > 0)
                {
                    text.Append(' ');
                    starts.Add(text.Length);
                }

                text.Append(sentenceText);
            }

            string joined = text.ToString();
            tokens.Clear();
            sentences.Clear();
            paragraphs.Clear();
            Tokenizer.Tokenize(joined, tokens);
            SentenceSplitter.Split(joined, tokens, sentences, paragraphs);
            gold += starts.Count;
            foreach (var sentence in sentences.Skip(1))
            {
                predicted++;
                if (starts.Contains(sentence.Start)) matched++;
            }
        }

        return new SentenceResult(gold, predicted, matched);
    }

    public static Result Measure(IEnumerable<List<string>> sentences, int keepDifferences = 0)
    {
        int count = 0, identical = 0, gold = 0, predicted = 0, matched = 0;
        var differences = new List<(string, string, string)>();
        var tokens = new List<Token>();
        foreach (var sentence in sentences)
        {
            var (text, spans) = Detokenize(sentence);
            if (spans.Count == 0) continue;
            tokens.Clear();
            Tokenizer.Tokenize(text, tokens);
            var goldSet = spans.ToHashSet();
            int hits = tokens.Count(t => goldSet.Contains((t.Start, t.End)));
            count++;
            gold += spans.Count;
            predicted += tokens.Count;
            matched += hits;
            if (hits == spans.Count && hits == tokens.Count) identical++;
            else if (differences.Count < keepDifferences)
                differences.Add((text, string.Join(" ", spans.Select(s => text[s.Start..s.End])), string.Join(" ", tokens.Select(t => t.Text(text)))));
        }

        return new Result(count, identical, gold, predicted, matched, differences);
    }

    /// <summary>Typesets one gold sentence as plain text, returning each gold token's span in it.</summary>
    public static (string Text, List<(int Start, int End)> Spans) Detokenize(IReadOnlyList<string> tokens)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(int, int)>();
        bool glueNext = true, insideStraightQuote = false;
        string previous = "";
        foreach (string raw in tokens)
        {
            string token = Surface(raw);
            // The Treebank repeats a sentence-final period after an abbreviation ("U.S. ."); the text has one.
            if (token == "." && previous.Length > 1 && previous.EndsWith('.')) continue;

            bool glue = glueNext || GluesLeft(token, previous);
            if (token == "\"")
            {
                glue = glueNext || insideStraightQuote;
                insideStraightQuote = !insideStraightQuote;
            }

            if (!glue && text.Length > 0) text.Append(' ');
            spans.Add((text.Length, text.Length + token.Length));
            text.Append(token);
            glueNext = token is "(" or "[" or "{" or "“" or "‘" or "$" or "-" || token.EndsWith('$') && token.Length <= 3
                || (token == "\"" && insideStraightQuote);
            previous = token;
        }

        return (text.ToString(), spans);
    }

    private static string Surface(string token) => token switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "``" => "“",
        "''" => "”",
        "`" => "‘",
        "/." => ".",
        "/?" => "?",
        "/-" => "-",
        _ => token,
    };

    private static bool GluesLeft(string token, string previous)
    {
        if (token is "," or "." or ";" or ":" or "!" or "?" or "%" or ")" or "]" or "}" or "”" or "'" or "’" or "-") return true;
        if (token.Length > 0 && token.All(c => c is '!' or '?')) return true;
        string lower = token.ToLowerInvariant();
        if (lower is "'s" or "'re" or "'ve" or "'ll" or "'d" or "'m" or "n't" or "’s" or "n’t") return true;
        return (lower == "na" && previous.ToLowerInvariant() is "gon" or "wan") || (lower == "ta" && previous.ToLowerInvariant() == "got");
    }
}
