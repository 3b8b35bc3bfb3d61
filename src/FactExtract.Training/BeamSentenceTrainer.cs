using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>
/// One perceptron step on one sentence with beam-search decoding and early update (Collins and Roark 2004): the
/// sentence is decoded with a beam of <c>width</c> tag sequences; if the gold sequence falls out of the beam at some
/// token, the weights move toward the gold prefix and away from the best prefix at that token; if it survives but is
/// not the best at the end, toward the whole gold sequence and away from the best. A hypothesis sees the same features
/// as in <see cref="BeamTagger"/> (its own tags, the document memory, its own earlier tag of a repeated capitalised word).
/// </summary>
internal sealed class BeamSentenceTrainer
{
    private readonly NerLabels _labels;
    private readonly int _width;
    private readonly int _n;
    private readonly uint _mask;
    private int[] _tags = Array.Empty<int>();
    private int[] _parents = Array.Empty<int>();
    private bool[] _gold = Array.Empty<bool>();
    private double[] _score;
    private readonly List<(double Score, int Order, int Parent, int Tag, bool Gold)> _candidates = new();
    private readonly float[] _static;
    private readonly float[] _scores;
    private readonly uint[] _dynamic = new uint[NerFeatures.DynamicCount];

    public BeamSentenceTrainer(NerLabels labels, int width, int hashBits)
    {
        _labels = labels;
        _width = width;
        _n = labels.Count;
        _mask = (1u << hashBits) - 1;
        _score = new double[width];
        _static = new float[_n];
        _scores = new float[_n];
    }

    /// <summary>Decodes and learns sentence <paramref name="s"/>; returns the number of wrongly tagged tokens and leaves the decoded tags in memory.</summary>
    public int Train(TrainingSet train, int s, float[] w, double[] u, long c, DocumentMemory memory)
    {
        int first = train.SentenceStart[s], length = train.SentenceStart[s + 1] - first;
        if (length == 0) return 0;
        var hashes = train.Hashes.AsSpan(first, length);
        Ensure(length);
        var gold = new int[length];
        for (int i = 0; i < length; i++) gold[i] = train.Target(first + i, i == 0 ? -1 : gold[i - 1]);
        var sameBefore = SameWordBefore(hashes);

        int live = 1, fellOut = -1;
        _score[0] = 0;
        _gold[0] = true;
        int[]? earlyPrediction = null;
        for (int i = 0; i < length; i++)
        {
            Array.Clear(_static);
            PerceptronTrainer.Add(w, train.StaticFeatures(first + i), _mask, _n, _static);
            _candidates.Clear();
            for (int h = 0; h < live; h++)
            {
                int prev = i >= 1 ? TagAt(i - 1, h) : -1, prev2 = i >= 2 ? TagAt(i - 2, ParentAt(i - 1, h)) : -1;
                NerFeatures.Dynamic(hashes, i, prev, prev2, DocumentTag(hashes, i, h, sameBefore, memory, null), _dynamic);
                _static.CopyTo(_scores, 0);
                PerceptronTrainer.Add(w, _dynamic, _mask, _n, _scores);
                bool hypothesisGold = i == 0 || _gold[i * _width - _width + h];
                for (int k = 0; k < _n; k++)
                    if (_labels.Allowed(prev, k)) _candidates.Add((_score[h] + _scores[k], _candidates.Count, h, k, hypothesisGold && k == gold[i]));
            }

            _candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
            live = Math.Min(_width, _candidates.Count);
            bool goldInBeam = false;
            for (int c2 = 0; c2 < live; c2++)
            {
                var (score, _, parent, tag, isGold) = _candidates[c2];
                _score[c2] = score;
                _tags[i * _width + c2] = tag;
                _parents[i * _width + c2] = parent;
                _gold[i * _width + c2] = isGold;
                goldInBeam |= isGold;
            }

            if (!goldInBeam && fellOut < 0)
            {
                fellOut = i;
                earlyPrediction = Path(i, 0);
            }
        }

        var prediction = Path(length - 1, 0);
        if (fellOut >= 0) Update(train, first, hashes, sameBefore, memory, w, u, c, gold, earlyPrediction!, fellOut + 1);
        else if (!prediction.AsSpan().SequenceEqual(gold)) Update(train, first, hashes, sameBefore, memory, w, u, c, gold, prediction, length);

        int errors = 0;
        for (int i = 0; i < length; i++)
        {
            if (prediction[i] != gold[i]) errors++;
            memory.Remember(hashes[i], prediction[i]);
        }

        return errors;
    }

    private void Update(TrainingSet train, int first, ReadOnlySpan<TokenHashes> hashes, int[] sameBefore, DocumentMemory memory, float[] w, double[] u, long c, int[] gold, int[] predicted, int upTo)
    {
        for (int i = 0; i < upTo; i++)
        {
            if (gold[i] != predicted[i]) PerceptronTrainer.Update(w, u, c, train.StaticFeatures(first + i), _mask, _n, gold[i], predicted[i]);
            Dynamic(hashes, i, gold, sameBefore, memory);
            PerceptronTrainer.Update(w, u, c, _dynamic, _mask, _n, gold[i], -1);
            Dynamic(hashes, i, predicted, sameBefore, memory);
            PerceptronTrainer.Update(w, u, c, _dynamic, _mask, _n, -1, predicted[i]);
        }
    }

    private void Dynamic(ReadOnlySpan<TokenHashes> hashes, int i, int[] path, int[] sameBefore, DocumentMemory memory)
    {
        int prev = i >= 1 ? path[i - 1] : -1, prev2 = i >= 2 ? path[i - 2] : -1;
        NerFeatures.Dynamic(hashes, i, prev, prev2, DocumentTag(hashes, i, 0, sameBefore, memory, path), _dynamic);
    }

    /// <summary>The document memory's answer at token <paramref name="i"/>: from the path (<paramref name="path"/>, or hypothesis <paramref name="h"/>'s) for a word repeated in the sentence, else from earlier sentences.</summary>
    private int DocumentTag(ReadOnlySpan<TokenHashes> hashes, int i, int h, int[] sameBefore, DocumentMemory memory, int[]? path)
    {
        int j = sameBefore[i];
        if (j < 0) return memory.TagOf(hashes[i]);
        if (path is not null) return path[j];
        int slot = h;
        for (int p = i - 1; p > j; p--) slot = ParentAt(p, slot);
        return TagAt(j, slot);
    }

    private static int[] SameWordBefore(ReadOnlySpan<TokenHashes> hashes)
    {
        var before = new int[hashes.Length];
        BeamTagger.LinkRepeatedWords(hashes, before);
        return before;
    }

    private int[] Path(int last, int slot)
    {
        var path = new int[last + 1];
        for (int i = last; i >= 0; i--)
        {
            path[i] = TagAt(i, slot);
            slot = ParentAt(i, slot);
        }

        return path;
    }

    private int TagAt(int token, int slot) => _tags[token * _width + slot];

    private int ParentAt(int token, int slot) => _parents[token * _width + slot];

    private void Ensure(int length)
    {
        if (_tags.Length >= length * _width) return;
        _tags = new int[length * _width * 2];
        _parents = new int[_tags.Length];
        _gold = new bool[_tags.Length];
    }
}
