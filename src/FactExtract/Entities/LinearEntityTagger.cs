using System.Collections.Concurrent;
using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>The fast operating point: the linear model, decoded greedily or, with a width above 1, by <see cref="BeamTagger"/>.</summary>
internal sealed class LinearEntityTagger : IEntityTagger
{
    // Scratch buffers (and their word-score caches) outlive a document: a warm cache is most of the speed.
    private readonly ConcurrentBag<TaggerScratch> _scratches = new();

    public LinearEntityTagger(NerModel model, int beamWidth = 1)
    {
        Model = model;
        BeamWidth = beamWidth;
    }

    public NerModel Model { get; }

    public int BeamWidth { get; }

    public NerLabels Labels => Model.Labels;

    /// <inheritdoc/>
    public bool HasDocumentMemory => true;

    public EntityTaggerSession Begin()
    {
        if (!_scratches.TryTake(out var scratch)) scratch = new TaggerScratch();
        scratch.Memory.Clear();
        return new Session(this, scratch);
    }

    private sealed class Session(LinearEntityTagger owner, TaggerScratch scratch) : EntityTaggerSession
    {
        public override void Tag(string text, ReadOnlySpan<Token> sentence, Span<int> tags)
        {
            if (owner.BeamWidth > 1) BeamTagger.Tag(owner.Model, text, sentence, tags, scratch, owner.BeamWidth);
            else GreedyTagger.Tag(owner.Model, text, sentence, tags, scratch);
        }

        public override void Dispose() => owner._scratches.Add(scratch);
    }
}
