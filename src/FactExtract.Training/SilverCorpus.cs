using FactExtract.Entities;
using FactExtract.Evaluation;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Training;

/// <summary>
/// Uptraining (Petrov et al. 2010): raw news articles tokenized and split as at run time, tagged by a
/// slower, more accurate teacher (the beam-trained model decoded with a beam), become extra training
/// sentences for a faster student. One <c>-DOCSTART-</c> per article keeps the document memory honest.
/// </summary>
internal static class SilverCorpus
{
    public static List<ConllSentence> Tag(IEnumerable<string> paths, NerModel teacher, int beam, TextWriter log)
    {
        var sentences = new List<ConllSentence>();
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var scratch = new TaggerScratch();
        int articles = 0, tokens = 0;
        foreach (var text in paths.SelectMany(RawText.Texts))
        {
            var document = new AnalyzedDocument(new Document("silver", text));
            tokenizer.Process(document, CancellationToken.None);
            splitter.Process(document, CancellationToken.None);
            if (document.Tokens.Count == 0) continue;
            scratch.Memory.Clear();
            sentences.Add(new ConllSentence(new[] { "-DOCSTART-" }, '\t'));
            foreach (var sentence in document.Sentences)
            {
                var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens).Slice(sentence.FirstToken, sentence.TokenCount);
                var tags = new int[span.Length];
                BeamTagger.Tag(teacher, document.Text, span, tags, scratch, beam);
                var lines = new string[span.Length];
                for (int i = 0; i < span.Length; i++)
                    lines[i] = document.Text.Substring(span[i].Start, span[i].Length) + "\t" + teacher.Labels.BioTag(tags[i]);
                sentences.Add(new ConllSentence(lines, '\t'));
                tokens += span.Length;
            }

            articles++;
        }

        log.WriteLine($"silver: {articles} articles, {tokens} tokens tagged by the teacher with a beam of {beam}");
        return sentences;
    }
}
