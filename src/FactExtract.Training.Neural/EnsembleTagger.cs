using FactExtract.Entities;
using FactExtract.Entities.Neural;
using FactExtract.Text;

namespace FactExtract.Training.Neural;

/// <summary>
/// Several exported networks as one teacher: their emissions and CRF scores averaged, then decoded once. Used to tag
/// silver text for distillation; it costs one forward pass per member, so it is not shipped.
/// </summary>
internal sealed class EnsembleTagger : IEntityTagger
{
    private readonly IReadOnlyList<NeuralNerModel> _models;
    private readonly float[] _transitions, _start, _end;

    public EnsembleTagger(IReadOnlyList<NeuralNerModel> models)
    {
        if (models.Count == 0) throw new ArgumentException("an ensemble needs at least one model");
        var labels = models[0].Labels;
        foreach (var m in models.Skip(1))
            if (m.Labels.Count != labels.Count || Enumerable.Range(0, labels.Count).Any(i => m.Labels.BioTag(i) != labels.BioTag(i)))
                throw new ArgumentException("the models' tag sets differ");
        _models = models;
        Labels = labels;
        _transitions = Average(models.Select(m => m.Transitions));
        _start = Average(models.Select(m => m.Start));
        _end = Average(models.Select(m => m.End));
    }

    public static EnsembleTagger Load(IEnumerable<string> files) =>
        new(files.Select(f => { using var s = File.OpenRead(f); return NeuralModelFile.Read(s, f); }).ToList());

    public NerLabels Labels { get; }

    public bool HasDocumentMemory => false;

    public EntityTaggerSession Begin() => new Session(this);

    /// <summary>The averaged emissions of every member for one sentence, decoded with the averaged CRF scores.</summary>
    public void Tag(string text, ReadOnlySpan<Token> sentence, Span<int> tags)
    {
        int n = sentence.Length, l = Labels.Count;
        if (n == 0) return;
        var sum = new float[n * l];
        var emissions = new float[n * l];
        foreach (var m in _models)
        {
            NeuralNetwork.Emissions(m, text, sentence, emissions, new float[NeuralNetwork.ScratchLength(m, n)]);
            for (int i = 0; i < sum.Length; i++) sum[i] += emissions[i] / _models.Count;
        }

        CrfDecoder.Decode(sum, _transitions, _start, _end, Labels, tags, new float[CrfDecoder.ScratchLength(n, l)]);
    }

    private static float[] Average(IEnumerable<float[]> parts)
    {
        var list = parts.ToList();
        var result = new float[list[0].Length];
        foreach (var p in list)
            for (int i = 0; i < p.Length; i++) result[i] += p[i] / list.Count;
        return result;
    }

    private sealed class Session(EnsembleTagger owner) : EntityTaggerSession
    {
        public override void Tag(string text, ReadOnlySpan<Token> sentence, Span<int> tags) => owner.Tag(text, sentence, tags);

        public override void Dispose()
        {
        }
    }
}
