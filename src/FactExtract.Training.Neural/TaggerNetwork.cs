using FactExtract.Entities;
using FactExtract.Entities.Neural;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FactExtract.Training.Neural;

/// <summary>
/// The accurate tagger's network: frozen pre-trained word vectors, a shape embedding and a character CNN (max-pooled
/// over the word's characters) feed one bidirectional LSTM, whose states a linear layer turns into tag scores; a CRF
/// over those scores, with the BIO constraints, gives the sentence's loss. The library's <c>NeuralTagger</c> runs the
/// same computation in plain .NET.
/// </summary>
internal sealed class TaggerNetwork : nn.Module<Tensor, Tensor, Tensor, Tensor, Tensor>
{
    private Embedding words;
    private readonly Embedding? tuned;
    private readonly Embedding shapes;
    private readonly Embedding chars;
    private readonly Conv1d conv;
    private readonly LSTM lstm;
    private readonly Dropout dropout;
    private readonly Linear output;
    private readonly Parameter transitions;
    private readonly Parameter start;
    private readonly Parameter end;
    private readonly Tensor forbidden;
    private readonly Tensor forbiddenStart;
    private readonly int _labels;

    public TaggerNetwork(float[] vectors, int vectorDims, int charCount, NerLabels labels, NetworkSettings settings, int tunedRows = 0)
        : base(nameof(TaggerNetwork))
    {
        _labels = labels.Count;
        int rows = vectors.Length / vectorDims;
        words = nn.Embedding_from_pretrained(tensor(vectors, rows, vectorDims), freeze: true);
        if (tunedRows > 0)
        {
            tuned = nn.Embedding(tunedRows, vectorDims, padding_idx: 0);
            using (no_grad()) tuned.weight!.zero_();
        }

        shapes = nn.Embedding(NeuralInput.ShapeCount, settings.ShapeDimensions);
        chars = nn.Embedding(charCount, settings.CharDimensions, padding_idx: 0);
        conv = nn.Conv1d(settings.CharDimensions, settings.CharFilters, 3, padding: 1);
        int input = vectorDims + settings.ShapeDimensions + settings.CharFilters;
        lstm = nn.LSTM(input, settings.Hidden, numLayers: settings.Layers, batchFirst: true, bidirectional: true, dropout: settings.Layers > 1 ? settings.Dropout : 0);
        dropout = nn.Dropout(settings.Dropout);
        output = nn.Linear(2 * settings.Hidden, _labels);
        transitions = new Parameter(zeros(_labels, _labels));
        start = new Parameter(zeros(_labels));
        end = new Parameter(zeros(_labels));
        var f = new float[_labels * _labels];
        var fs = new float[_labels];
        for (int i = 0; i < _labels; i++)
        {
            fs[i] = labels.Allowed(-1, i) ? 0 : -10000f;
            for (int j = 0; j < _labels; j++) f[i * _labels + j] = labels.Allowed(i, j) ? 0 : -10000f;
        }

        forbidden = tensor(f, _labels, _labels);
        forbiddenStart = tensor(fs);
        RegisterComponents();
    }

    /// <summary>Tag scores [batch, tokens, labels] for word rows, tuned rows and shapes [batch, tokens] and characters [batch, tokens, MaxChars].</summary>
    public override Tensor forward(Tensor wordIds, Tensor tunedIds, Tensor shapeIds, Tensor charIds)
    {
        long b = wordIds.shape[0], t = wordIds.shape[1];
        using var scope = NewDisposeScope();
        var flat = charIds.view(b * t, NeuralInput.MaxChars);
        var c = chars.call(flat).permute(0, 2, 1);
        var convolved = conv.call(c);
        var padding = flat.eq(0).unsqueeze(1);
        var pooled = convolved.masked_fill(padding, -10000f).max(2).values.view(b, t, -1);
        var vector = tuned is null ? words.call(wordIds) : words.call(wordIds) + tuned.call(tunedIds);
        var x = cat(new[] { vector, shapes.call(shapeIds), pooled }, 2);
        x = dropout.call(x);
        var (h, _, _) = lstm.call(x);
        h = dropout.call(h);
        return output.call(h).MoveToOuterDisposeScope();
    }

    /// <summary>Mean negative log-likelihood of the gold tags [batch, tokens] under the CRF (all sentences the same length).</summary>
    public Tensor Loss(Tensor emissions, Tensor tags)
    {
        long b = emissions.shape[0], n = emissions.shape[1];
        var trans = transitions + forbidden;
        var st = start + forbiddenStart;
        var gold = emissions.gather(2, tags.unsqueeze(2)).squeeze(2).sum(1)
                   + st.index_select(0, tags.select(1, 0)) + end.index_select(0, tags.select(1, n - 1));
        if (n > 1)
        {
            var pairs = tags.narrow(1, 0, n - 1) * _labels + tags.narrow(1, 1, n - 1);
            gold = gold + trans.flatten().take(pairs).sum(1);
        }

        var alpha = st.unsqueeze(0) + emissions.select(1, 0);
        var transB = trans.unsqueeze(0);
        for (long i = 1; i < n; i++)
            alpha = (alpha.unsqueeze(2) + transB).logsumexp(1) + emissions.select(1, i);
        var logZ = (alpha + end.unsqueeze(0)).logsumexp(1);
        return (logZ - gold).sum() / b;
    }

    /// <summary>
    /// Swaps in another frozen vector table (after loading a checkpoint, for an export with a re-cut vocabulary); the
    /// forward pass reads the new table, the saved state keeps the one it was trained with.
    /// </summary>
    public void ReplaceVectors(float[] vectors, int dims) => words = nn.Embedding_from_pretrained(tensor(vectors, vectors.Length / dims, dims), freeze: true);

    /// <summary>The CRF's learned scores, read out for decoding: transitions [labels × labels], start and end.</summary>
    public (float[] Transitions, float[] Start, float[] End) CrfScores() =>
        (transitions.detach().data<float>().ToArray(), start.detach().data<float>().ToArray(), end.detach().data<float>().ToArray());

    /// <summary>The trained corrections of the tuned rows [tuned rows × dims], row 0 zero; empty when none were tuned.</summary>
    public float[] Corrections() => tuned is null ? [] : tuned.weight!.detach().contiguous().data<float>().ToArray();

    public Embedding Shapes => shapes;

    public Embedding Chars => chars;

    public Conv1d Conv => conv;

    public LSTM Lstm => lstm;

    public Linear Output => output;
}
