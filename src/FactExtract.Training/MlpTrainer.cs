using System.Diagnostics;
using System.Numerics;
using FactExtract.Entities;
using FactExtract.Evaluation;

namespace FactExtract.Training;

/// <summary>
/// Experiment (no model file): does a hidden layer over the same hashed features beat the linear model?
/// Scores are a linear part over the features (as the maximum-entropy model) plus V·ReLU(Σ E[f] + b):
/// every feature also has an embedding of <see cref="TrainingOptions.Hidden"/> numbers, and the hidden layer
/// can combine features that the linear model can only add. Trained like the maximum-entropy model (softmax,
/// gold previous tags) with AdaGrad, decoded greedily, dev F1 printed per epoch.
/// </summary>
internal sealed class MlpTrainer
{
    private readonly TrainingOptions _options;
    private readonly TextWriter _log;

    public MlpTrainer(TrainingOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    public double Run(TrainingSet train, TrainingSet dev)
    {
        var net = new Net(train.Labels.Count, _options.Hidden, _options.HashBits, _options.Seed, _options.LearningRate, _options.Dropout);
        var order = Enumerable.Range(0, train.DocumentCount).ToArray();
        var random = new Random(_options.Seed);
        double best = -1;
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            double loss = 0;
            var memory = new DocumentMemory();
            var dynamic = new uint[NerFeatures.DynamicCount];
            foreach (int d in order)
            {
                memory.Clear();
                for (int s = train.DocumentStart[d]; s < train.DocumentStart[d + 1]; s++)
                {
                    int first = train.SentenceStart[s], end = train.SentenceStart[s + 1];
                    var hashes = train.Hashes.AsSpan(first, end - first);
                    int prev = -1, prev2 = -1;
                    for (int t = first; t < end; t++)
                    {
                        NerFeatures.Dynamic(hashes, t - first, prev, prev2, memory.TagOf(train.Hashes[t]), dynamic);
                        loss += net.Learn(train.StaticFeatures(t), dynamic, train.Gold[t]);
                        memory.Remember(train.Hashes[t], train.Gold[t]);
                        prev2 = prev;
                        prev = train.Gold[t];
                    }
                }
            }

            var scores = Evaluate(net, dev);
            _log.WriteLine($"epoch {epoch}: mean loss {loss / train.TokenCount:F4}, dev F1 {scores.Overall.F1:F2}, {clock.Elapsed.TotalSeconds:F1}s");
            if (scores.Overall.F1 > best) best = scores.Overall.F1;
        }

        _log.WriteLine($"best dev F1 {best:F2}");
        return best;
    }

    private static ConllScores Evaluate(Net net, TrainingSet dev)
    {
        var labels = dev.Labels;
        var scorer = new ConllScorer();
        var memory = new DocumentMemory();
        var dynamic = new uint[NerFeatures.DynamicCount];
        var scores = new float[labels.Count];
        for (int d = 0; d < dev.DocumentCount; d++)
        {
            memory.Clear();
            for (int s = dev.DocumentStart[d]; s < dev.DocumentStart[d + 1]; s++)
            {
                int first = dev.SentenceStart[s], end = dev.SentenceStart[s + 1];
                var hashes = dev.Hashes.AsSpan(first, end - first);
                var predicted = new string[end - first];
                int prev = -1, prev2 = -1;
                for (int t = first; t < end; t++)
                {
                    NerFeatures.Dynamic(hashes, t - first, prev, prev2, memory.TagOf(dev.Hashes[t]), dynamic);
                    net.Score(dev.StaticFeatures(t), dynamic, scores);
                    int tag = GreedyTagger.Best(labels, prev, scores.AsSpan());
                    predicted[t - first] = labels.BioTag(tag);
                    memory.Remember(dev.Hashes[t], tag);
                    prev2 = prev;
                    prev = tag;
                }

                scorer.Add(dev.Sentences[s].Tags, predicted);
            }
        }

        return scorer.Scores();
    }

    /// <summary>The network's parameters with AdaGrad's squared-gradient sums, and one token's forward and backward pass.</summary>
    private sealed class Net
    {
        private const float Epsilon = 1e-6f;
        private readonly int _n, _h;
        private readonly uint _mask;
        private readonly float _rate, _dropout;
        private readonly Random _drop;
        private readonly float[] _e, _eg, _w, _wg, _v, _vg, _b1, _b1g, _b2, _b2g;
        private readonly float[] _hidden, _out, _gradHidden;

        public Net(int tags, int hidden, int bits, int seed, float rate, float dropout)
        {
            _dropout = dropout;
            _drop = new Random(seed + 1);
            _n = tags;
            _h = hidden;
            _mask = (1u << bits) - 1;
            _rate = rate;
            var random = new Random(seed);
            _e = new float[(long)_h << bits];
            for (long i = 0; i < _e.LongLength; i++) _e[i] = (float)(random.NextDouble() - 0.5) * 0.02f;
            _eg = new float[_e.LongLength];
            _w = new float[(long)_n << bits];
            _wg = new float[_w.LongLength];
            _v = new float[_n * _h];
            float scale = MathF.Sqrt(6f / (_n + _h));
            for (int i = 0; i < _v.Length; i++) _v[i] = (float)(random.NextDouble() * 2 - 1) * scale;
            _vg = new float[_v.Length];
            _b1 = new float[_h];
            _b1g = new float[_h];
            _b2 = new float[_n];
            _b2g = new float[_n];
            _hidden = new float[_h];
            _out = new float[_n];
            _gradHidden = new float[_h];
        }

        public void Score(ReadOnlySpan<uint> features, ReadOnlySpan<uint> dynamic, Span<float> scores)
        {
            Forward(features, dynamic, 0f);
            _out.CopyTo(scores);
        }

        /// <summary>One AdaGrad step on the softmax loss of <paramref name="gold"/>; returns the loss.</summary>
        public double Learn(ReadOnlySpan<uint> features, ReadOnlySpan<uint> dynamic, int gold)
        {
            Forward(features, dynamic, _dropout);
            float max = _out.Max();
            float sum = 0;
            for (int k = 0; k < _n; k++) sum += _out[k] = MathF.Exp(_out[k] - max);
            for (int k = 0; k < _n; k++) _out[k] /= sum;
            double loss = -Math.Log(Math.Max(_out[gold], 1e-12f));
            _out[gold] -= 1f; // now the gradient of the loss by the scores

            Array.Clear(_gradHidden);
            for (int k = 0; k < _n; k++)
            {
                float g = _out[k];
                var row = _v.AsSpan(k * _h, _h);
                var rowG = _vg.AsSpan(k * _h, _h);
                for (int j = 0; j < _h; j++)
                {
                    _gradHidden[j] += g * row[j];
                    float gv = g * _hidden[j];
                    rowG[j] += gv * gv;
                    row[j] -= _rate * gv / MathF.Sqrt(rowG[j] + Epsilon);
                }

                _b2g[k] += g * g;
                _b2[k] -= _rate * g / MathF.Sqrt(_b2g[k] + Epsilon);
            }

            for (int j = 0; j < _h; j++)
            {
                if (_hidden[j] <= 0) _gradHidden[j] = 0;
                float g = _gradHidden[j];
                _b1g[j] += g * g;
                _b1[j] -= _rate * g / MathF.Sqrt(_b1g[j] + Epsilon);
            }

            Update(features);
            Update(dynamic);
            return loss;
        }

        private void Update(ReadOnlySpan<uint> features)
        {
            foreach (uint f in features)
            {
                long b = f & _mask;
                Step(_w.AsSpan((int)(b * _n), _n), _wg.AsSpan((int)(b * _n), _n), _out);
                Step(_e.AsSpan((int)(b * _h), _h), _eg.AsSpan((int)(b * _h), _h), _gradHidden);
            }
        }

        private void Step(Span<float> weights, Span<float> squares, ReadOnlySpan<float> gradient)
        {
            for (int k = 0; k < weights.Length; k++)
            {
                float g = gradient[k];
                if (g == 0) continue;
                squares[k] += g * g;
                weights[k] -= _rate * g / MathF.Sqrt(squares[k] + Epsilon);
            }
        }

        // Inverted dropout: in training a hidden unit is dropped with probability p and the others scaled by 1/(1-p),
        // so scoring needs no change.
        private void Forward(ReadOnlySpan<uint> features, ReadOnlySpan<uint> dynamic, float dropout)
        {
            _b1.CopyTo(_hidden, 0);
            _b2.CopyTo(_out, 0);
            Gather(features);
            Gather(dynamic);
            float keep = 1f / (1f - dropout);
            for (int j = 0; j < _h; j++)
            {
                if (_hidden[j] < 0 || (dropout > 0 && _drop.NextSingle() < dropout)) _hidden[j] = 0;
                else if (dropout > 0) _hidden[j] *= keep;
            }
            for (int k = 0; k < _n; k++)
            {
                var row = _v.AsSpan(k * _h, _h);
                float s = 0;
                int j = 0;
                var acc = Vector<float>.Zero;
                for (; j <= _h - Vector<float>.Count; j += Vector<float>.Count)
                    acc += new Vector<float>(row[j..]) * new Vector<float>(_hidden.AsSpan(j));
                s = Vector.Sum(acc);
                for (; j < _h; j++) s += row[j] * _hidden[j];
                _out[k] += s;
            }
        }

        private void Gather(ReadOnlySpan<uint> features)
        {
            foreach (uint f in features)
            {
                long b = f & _mask;
                AddTo(_e.AsSpan((int)(b * _h), _h), _hidden);
                AddTo(_w.AsSpan((int)(b * _n), _n), _out);
            }
        }

        private static void AddTo(ReadOnlySpan<float> row, Span<float> target)
        {
            int j = 0;
            for (; j <= row.Length - Vector<float>.Count; j += Vector<float>.Count)
                (new Vector<float>(row[j..]) + new Vector<float>(target[j..])).CopyTo(target[j..]);
            for (; j < row.Length; j++) target[j] += row[j];
        }
    }
}
