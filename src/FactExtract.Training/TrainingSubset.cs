using FactExtract.Evaluation;

namespace FactExtract.Training;

/// <summary>
/// A smaller training set that keeps whole documents and the corpus's mix of genres: every
/// n-th document, with n chosen so that about the requested number of sentences remain.
/// </summary>
internal static class TrainingSubset
{
    public static List<ConllSentence> EveryNthDocument(List<ConllSentence> sentences, int maxSentences)
    {
        var documents = new List<List<ConllSentence>>();
        foreach (var sentence in sentences)
        {
            if (sentence.IsDocStart || documents.Count == 0) documents.Add(new List<ConllSentence>());
            documents[^1].Add(sentence);
        }

        int total = sentences.Count(s => !s.IsDocStart);
        int stride = Math.Max(1, (int)Math.Ceiling((double)total / maxSentences));
        return documents.Where((_, i) => i % stride == 0).SelectMany(d => d).ToList();
    }
}
