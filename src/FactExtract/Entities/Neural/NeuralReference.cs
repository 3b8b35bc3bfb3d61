namespace FactExtract.Entities.Neural;

/// <summary>
/// The forward pass written the obvious way, one multiply-add at a time, with the weights in PyTorch's own layouts.
/// It is what <see cref="NeuralNetwork"/> must agree with; nothing but tests and checks calls it.
/// </summary>
internal static class NeuralReference
{
    public static float[] Emissions(NeuralNerModel m, IReadOnlyList<string> forms)
    {
        int n = forms.Count, h = m.Hidden, l = m.Labels.Count;
        var x = new float[n][];
        for (int t = 0; t < n; t++) x[t] = Input(m, forms[t]);
        var forward = Run(m.Forward, x, h, reverse: false);
        var backward = Run(m.Backward, x, h, reverse: true);
        var e = new float[n * l];
        for (int t = 0; t < n; t++)
            for (int k = 0; k < l; k++)
            {
                double s = m.OutputBias[k];
                for (int j = 0; j < h; j++) s += m.Output[k * 2 * h + j] * forward[t][j];
                for (int j = 0; j < h; j++) s += m.Output[k * 2 * h + h + j] * backward[t][j];
                e[t * l + k] = (float)s;
            }

        return e;
    }

    private static float[] Input(NeuralNerModel m, string token)
    {
        var form = NeuralInput.CharForm(token).ToString();
        int row = m.WordRow(NeuralInput.WordKey(form));
        var x = new List<float>();
        for (int i = 0; i < m.VectorDimensions; i++) x.Add(row == 0 ? 0 : m.Vectors[row * m.VectorDimensions + i] * m.Scales[row]);
        int shape = NeuralInput.Shape(form, row != 0);
        for (int i = 0; i < m.ShapeDimensions; i++) x.Add(m.ShapeEmbeddings[shape * m.ShapeDimensions + i]);
        int chars = Math.Min(form.Length, NeuralInput.MaxChars), cd = m.CharDimensions;
        float Embedding(int position, int dim) => position < 0 || position >= chars ? 0 : m.CharEmbeddings[m.CharId(form[position]) * cd + dim];
        for (int f = 0; f < m.CharFilters; f++)
        {
            double best = double.NegativeInfinity;
            for (int p = 0; p < chars; p++)
            {
                double s = m.ConvolutionBias[f];
                for (int c = 0; c < cd; c++)
                    for (int k = 0; k < 3; k++) s += m.Convolution[(f * cd + c) * 3 + k] * Embedding(p + k - 1, c);
                best = Math.Max(best, s);
            }

            x.Add(chars == 0 ? 0 : (float)best);
        }

        return x.ToArray();
    }

    private static float[][] Run(LstmWeights w, float[][] x, int h, bool reverse)
    {
        int n = x.Length, d = x.Length == 0 ? 0 : x[0].Length;
        var states = new float[n][];
        var hPrev = new double[h];
        var c = new double[h];
        for (int step = 0; step < n; step++)
        {
            int t = reverse ? n - 1 - step : step;
            var gate = new double[4 * h];
            for (int r = 0; r < 4 * h; r++)
            {
                double s = w.Bias[r];
                for (int j = 0; j < d; j++) s += w.Input[r * d + j] * x[t][j];
                for (int j = 0; j < h; j++) s += w.Recurrent[r * h + j] * hPrev[j];
                gate[r] = s;
            }

            var state = new float[h];
            for (int j = 0; j < h; j++)
            {
                double i = Sigmoid(gate[j]), f = Sigmoid(gate[h + j]), g = Math.Tanh(gate[2 * h + j]), o = Sigmoid(gate[3 * h + j]);
                c[j] = f * c[j] + i * g;
                hPrev[j] = o * Math.Tanh(c[j]);
                state[j] = (float)hPrev[j];
            }

            states[t] = state;
        }

        return states;
    }

    private static double Sigmoid(double v) => 1 / (1 + Math.Exp(-v));
}
