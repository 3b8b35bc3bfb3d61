using System.Collections.Concurrent;
using FactExtract.Text;

namespace FactExtract.Entities.Neural;

/// <summary>The accurate operating point: <see cref="NeuralNetwork"/>'s tag scores, decoded by <see cref="CrfDecoder"/>.</summary>
internal sealed class NeuralEntityTagger : IEntityTagger
{
    private readonly ConcurrentBag<NeuralScratch> _scratches = new();

    public NeuralEntityTagger(NeuralNerModel model) => Model = model;

    public NeuralNerModel Model { get; }

    public NerLabels Labels => Model.Labels;

    /// <inheritdoc/>
    public bool HasDocumentMemory => false;

    public EntityTaggerSession Begin() => new Session(this, _scratches.TryTake(out var s) ? s : new NeuralScratch());

    /// <summary>Tags one sentence (the whole computation, for tests and the CoNLL commands).</summary>
    public static void Tag(NeuralNerModel m, string text, ReadOnlySpan<Token> sentence, Span<int> tags, NeuralScratch scratch)
    {
        int n = sentence.Length, l = m.Labels.Count;
        if (n == 0) return;
        int network = NeuralNetwork.ScratchLength(m, n);
        var buffer = scratch.Floats(network + n * l + CrfDecoder.ScratchLength(n, l)).AsSpan();
        var emissions = buffer.Slice(network, n * l);
        NeuralNetwork.Emissions(m, text, sentence, emissions, buffer[..network], scratch.Cache);
        CrfDecoder.Decode(emissions, m.Transitions, m.Start, m.End, m.Labels, tags, buffer[(network + n * l)..]);
    }

    private sealed class Session(NeuralEntityTagger owner, NeuralScratch scratch) : EntityTaggerSession
    {
        public override void Tag(string text, ReadOnlySpan<Token> sentence, Span<int> tags) => NeuralEntityTagger.Tag(owner.Model, text, sentence, tags, scratch);

        public override void Dispose() => owner._scratches.Add(scratch);
    }
}
