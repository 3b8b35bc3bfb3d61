using FactExtract.Pipeline;
using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>
/// Named-entity recognition: tags each sentence with an entity model (<see cref="IEntityTagger"/>: all 18 OntoNotes types,
/// DATE and TIME included for the date stage), makes the document's names consistent (<see cref="NameConsistency"/>) for a model without a document memory of its own,
/// then gives every mention its canonical name.
/// </summary>
internal sealed class EntityRecognizer : IProcess
{
    private readonly IEntityTagger _tagger;

    // Tag buffers outlive a document.
    private readonly System.Collections.Concurrent.ConcurrentBag<TagBuffer> _buffers = new();

    public EntityRecognizer(IEntityTagger tagger) => _tagger = tagger;

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        if (document.Tokens.Count == 0) return;
        if (!_buffers.TryTake(out var buffer)) buffer = new TagBuffer();
        try
        {
            using var session = _tagger.Begin();
            Tag(document, _tagger, session, buffer, cancellationToken);
        }
        finally
        {
            _buffers.Add(buffer);
        }
    }

    private sealed class TagBuffer
    {
        private int[] _tags = [];

        public List<(int First, int End, int Tag)> Spans { get; } = new();

        public Span<int> Tags(int n)
        {
            if (_tags.Length < n) _tags = new int[Math.Max(n, 2 * _tags.Length)];
            return _tags.AsSpan(0, n);
        }
    }

    private static void Tag(AnalyzedDocument document, IEntityTagger tagger, EntityTaggerSession session, TagBuffer buffer, CancellationToken cancellationToken)
    {
        var labels = tagger.Labels;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        var tags = buffer.Tags(document.Tokens.Count);
        var spans = buffer.Spans;
        spans.Clear();
        tags.Clear();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Tag(document.Text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), tags.Slice(sentence.FirstToken, sentence.TokenCount));
        }

        if (!tagger.HasDocumentMemory) NameConsistency.Fill(document.Text, tokens, tags, labels, spans);
        spans.Clear();
        foreach (var sentence in document.Sentences)
            BioSpans.Collect(labels, tags.Slice(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, spans);

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
            mentions.Add((document.Text[start..stop], labels.TypeName(tag)));
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
