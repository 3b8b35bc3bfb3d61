using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Named-entity recognition: tags each sentence with the linear model (all 18 OntoNotes types,
/// DATE and TIME included for the date stage), then gives every mention its canonical name.
/// </summary>
internal sealed class EntityRecognizer : IProcess
{
    private readonly Func<NerModel> _model;
    private readonly int _beamWidth;

    // Scratch buffers (and their word-score caches) outlive a document: a warm cache is most of the speed.
    private readonly System.Collections.Concurrent.ConcurrentBag<TaggerScratch> _scratches = new();

    /// <summary>
    /// Uses a built-in OntoNotes model, loaded on first use: with a <paramref name="beamWidth"/> above 1, the model trained
    /// with beam search, decoded with <see cref="BeamTagger"/>; otherwise the greedy one.
    /// </summary>
    public EntityRecognizer(int beamWidth = 1)
    {
        _model = () => BuiltInModel.For(beamWidth);
        _beamWidth = beamWidth;
    }

    public EntityRecognizer(NerModel model, int beamWidth = 1)
    {
        _model = () => model;
        _beamWidth = beamWidth;
    }

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        if (document.Tokens.Count == 0) return;
        var model = _model();
        if (!_scratches.TryTake(out var scratch)) scratch = new TaggerScratch();
        scratch.Memory.Clear();
        try
        {
            Tag(document, model, scratch, _beamWidth, cancellationToken);
        }
        finally
        {
            _scratches.Add(scratch);
        }
    }

    private static void Tag(AnalyzedDocument document, NerModel model, TaggerScratch scratch, int beamWidth, CancellationToken cancellationToken)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        var tags = scratch.DocumentTags(document.Tokens.Count);
        var spans = scratch.Spans;
        spans.Clear();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentenceTags = tags.Slice(sentence.FirstToken, sentence.TokenCount);
            var sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            if (beamWidth > 1) BeamTagger.Tag(model, document.Text, sentenceTokens, sentenceTags, scratch, beamWidth);
            else GreedyTagger.Tag(model, document.Text, sentenceTokens, sentenceTags, scratch);
            BioSpans.Collect(model.Labels, sentenceTags, sentence.FirstToken, spans);
        }

        // Names with their labels (what canonical names are resolved from) and, at the same index, their offsets.
        var mentions = new List<(string Text, string Label)>(spans.Count);
        var offsets = new List<(int Start, int End)>(spans.Count);
        foreach (var (tagFirst, tagEnd, tag) in spans)
        {
            // OntoNotes sometimes takes a dash or a full stop into a name ("-- Rollin S. Trexler ."),
            // and the model learnt it; a name never starts or ends with punctuation.
            int first = tagFirst, end = tagEnd;
            while (first < end && IsPunctuation(tokens[first].Kind)) first++;
            while (end > first && IsPunctuation(tokens[end - 1].Kind)) end--;
            if (first == end) continue;
            // OntoNotes takes a leading "the" into about a fifth of its organisation names ("the Federal Reserve")
            // and the model learnt that too; the annotation guide's names never begin with it.
            if (end - first > 1 && document.Text.AsSpan(tokens[first].Start, tokens[first].Length).SequenceEqual("the")) first++;
            int start = tokens[first].Start, stop = tokens[end - 1].End;
            // Greedy decoding can open a name on "the" and then start another one on the next word; "the" alone names nothing.
            if (end - first == 1 && IsArticle(document.Text.AsSpan(start, stop - start))) continue;
            mentions.Add((document.Text[start..stop], model.Labels.TypeName(tag)));
            offsets.Add((start, stop));
        }

        var canonical = CanonicalNames.Resolve(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions));
        for (int i = 0; i < mentions.Count; i++)
            document.Entities.Add(new EntityMention(mentions[i].Text, mentions[i].Label, offsets[i].Start, offsets[i].End, canonical[i]));
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    private static bool IsPunctuation(TokenKind kind) => kind is TokenKind.Punctuation or TokenKind.QuoteMark;
}
