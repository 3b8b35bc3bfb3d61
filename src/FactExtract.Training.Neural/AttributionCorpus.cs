using FactExtract.Evaluation;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Training.Neural;

/// <summary>
/// PolNeAR as training data for the attribution tagger: each article (the alphabetically first annotator's file) is
/// cut into lines and tokens exactly as the library cuts them at run time (<see cref="TextLines"/>,
/// <see cref="Tokenizer"/>), and each token tagged B/I-CUE, B/I-SRC or B/I-CNT by the attribution span it starts in
/// (a cue over a source over a content; a new attribution starts a new span). One CoNLL sentence per line.
/// </summary>
internal static class AttributionCorpus
{
    public static int Write(string polnear, string output, TextWriter log)
    {
        var articles = QuoteCorpusReader.Read(polnear);
        var lines = new List<Paragraph>();
        var tokens = new List<Token>();
        long written = 0;
        using var writer = new StreamWriter(output);
        foreach (var article in articles)
        {
            var text = article.Text;
            var kind = new byte[text.Length];
            var owner = new int[text.Length];
            for (int a = 0; a < article.Attributions.Count; a++)
            {
                var x = article.Attributions[a];
                Mark(x.Content, 3, a);
                Mark(x.Source ?? [], 2, a);
                Mark(x.Cue, 1, a);
            }

            writer.WriteLine("-DOCSTART-\tO");
            writer.WriteLine();
            lines.Clear();
            TextLines.Split(text, lines);
            tokens.Clear();
            Tokenizer.Tokenize(text, tokens);
            int t = 0;
            foreach (var line in lines)
            {
                while (t < tokens.Count && tokens[t].Start < line.Start) t++;
                (int Kind, int Owner) previous = (0, -1);
                bool any = false;
                for (; t < tokens.Count && tokens[t].Start < line.End; t++)
                {
                    var token = tokens[t];
                    int k = kind[token.Start], o = owner[token.Start];
                    string tag = k == 0 ? "O" : (previous == (k, o) ? "I-" : "B-") + (k switch { 1 => "CUE", 2 => "SRC", _ => "CNT" });
                    previous = k == 0 ? (0, -1) : (k, o);
                    writer.Write(text.AsSpan(token.Start, token.Length));
                    writer.Write('\t');
                    writer.WriteLine(tag);
                    written++;
                    any = true;
                }

                if (any) writer.WriteLine();
            }

            void Mark(IReadOnlyList<TextRange> ranges, byte value, int id)
            {
                foreach (var r in ranges)
                    for (int i = Math.Max(0, r.Start); i < Math.Min(r.End, text.Length); i++) (kind[i], owner[i]) = (value, id);
            }
        }

        log.WriteLine($"wrote {output}: {articles.Count} articles, {written} tokens");
        return 0;
    }
}
