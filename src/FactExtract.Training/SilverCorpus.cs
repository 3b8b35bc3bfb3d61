using System.Runtime.InteropServices;
using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Training;

/// <summary>
/// Uptraining (Petrov et al. 2010): raw news, tokenized and split into sentences exactly as at run time, tagged by a
/// more accurate teacher of another model class (the neural tagger), becomes extra training sentences for the fast
/// linear student. Each article starts with <c>-DOCSTART-</c>, so the student's document memory sees articles as at run time.
/// </summary>
internal static class SilverCorpus
{
    public static List<ConllSentence> Tag(IEnumerable<string> paths, IEntityTagger teacher, TextWriter log)
    {
        var sentences = new List<ConllSentence>();
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        int articles = 0, tokens = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var text in paths.SelectMany(RawText.Texts))
        {
            var document = new AnalyzedDocument(new Document("silver", text));
            tokenizer.Process(document, CancellationToken.None);
            splitter.Process(document, CancellationToken.None);
            if (document.Tokens.Count == 0) continue;
            sentences.Add(new ConllSentence(["-DOCSTART-"], '\t'));
            using var session = teacher.Begin();
            foreach (var sentence in document.Sentences)
            {
                var span = CollectionsMarshal.AsSpan(document.Tokens).Slice(sentence.FirstToken, sentence.TokenCount);
                var tags = new int[span.Length];
                session.Tag(document.Text, span, tags);
                var lines = new string[span.Length];
                for (int i = 0; i < span.Length; i++)
                    lines[i] = document.Text.Substring(span[i].Start, span[i].Length) + "\t" + teacher.Labels.BioTag(tags[i]);
                sentences.Add(new ConllSentence(lines, '\t'));
                tokens += span.Length;
            }

            if (++articles % 500 == 0) log.WriteLine($"silver: {articles} articles, {tokens} tokens tagged ({clock.Elapsed.TotalSeconds:F0}s)");
        }

        log.WriteLine($"silver: {articles} articles, {tokens} tokens tagged by the teacher in {clock.Elapsed.TotalSeconds:F0}s");
        return sentences;
    }
}
