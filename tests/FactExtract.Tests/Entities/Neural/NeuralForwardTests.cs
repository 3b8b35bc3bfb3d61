using FactExtract.Entities.Neural;
using FactExtract.Text;
using FactExtract.Tokenization;

namespace FactExtract.Tests.Entities.Neural;

public class NeuralForwardTests
{
    private static (string Text, Token[] Tokens) Tokens(string text)
    {
        var doc = new AnalyzedDocument(new Document("t", text));
        new Tokenizer().Process(doc, CancellationToken.None);
        return (doc.Text, doc.Tokens.ToArray());
    }

    private static float[] Fast(NeuralNerModel m, string text, Token[] tokens, ProjectionCache? cache = null, bool exact = false)
    {
        var emissions = new float[tokens.Length * m.Labels.Count];
        NeuralNetwork.Emissions(m, text, tokens, emissions, new float[NeuralNetwork.ScratchLength(m, tokens.Length)], cache, exact);
        return emissions;
    }

    [Theory]
    [InlineData("Apple said the company, the APPLE company, would leave.")]
    [InlineData("“Café Ünïcode” — (naïve) Smith-Jones’s $4.5bn bid in 2015")]
    [InlineData("x")]
    [InlineData("Supercalifragilisticexpialidocious-and-then-some-more words")]
    public void VectorisedForwardPassAgreesWithTheNaiveReference(string sentence)
    {
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var model = RandomNeuralModel.Create(seed);
            var (text, tokens) = Tokens(sentence);
            var expected = NeuralReference.Emissions(model, tokens.Select(t => t.Text(text)).ToArray());
            var actual = Fast(model, text, tokens, exact: true);
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++) Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-4, $"score {i}: {expected[i]} vs {actual[i]}");
        }
    }

    [Theory]
    [InlineData("Apple said the company, the APPLE company, would leave.")]
    [InlineData("“Café Ünïcode” — (naïve) Smith-Jones’s $4.5bn bid in 2015")]
    public void QuantizedForwardPassStaysWithinItsRoundingOfTheNaiveReference(string sentence)
    {
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var model = RandomNeuralModel.Create(seed);
            Assert.NotNull(model.Forward.QuantizedRecurrent);
            var (text, tokens) = Tokens(sentence);
            var expected = NeuralReference.Emissions(model, tokens.Select(t => t.Text(text)).ToArray());
            var actual = Fast(model, text, tokens);
            double worst = 0;
            for (int i = 0; i < expected.Length; i++) worst = Math.Max(worst, Math.Abs(expected[i] - actual[i]));
            Assert.True(worst <= 1e-2, $"largest difference {worst}");
        }
    }

    [Fact]
    public void ProjectionCacheGivesExactlyTheComputedScores()
    {
        var model = RandomNeuralModel.Create(5);
        var cache = new ProjectionCache();
        var (text, tokens) = Tokens("The company said Apple said the company said.");
        var cold = Fast(model, text, tokens);
        var filling = Fast(model, text, tokens, cache);
        var warm = Fast(model, text, tokens, cache);
        Assert.Equal(cold, filling);
        Assert.Equal(cold, warm);
    }

    [Fact]
    public void ViterbiNeverContinuesANameItDidNotStart()
    {
        var model = RandomNeuralModel.Create(9);
        var (text, tokens) = Tokens("the company said apple , the company said . apple apple apple");
        var tags = new int[tokens.Length];
        NeuralEntityTagger.Tag(model, text, tokens, tags, new NeuralScratch());
        for (int i = 0; i < tags.Length; i++)
            Assert.True(model.Labels.Allowed(i == 0 ? -1 : tags[i - 1], tags[i]), $"tag {model.Labels.BioTag(tags[i])} at {i}");
    }

    [Fact]
    public void DecoderFindsTheBestAllowedSequence()
    {
        // Exhaustive check on a tiny tag set: the decoder's sequence scores highest among every allowed sequence.
        var labels = new FactExtract.Entities.NerLabels(["A"]);
        var random = new Random(3);
        int l = labels.Count, n = 5;
        for (int round = 0; round < 20; round++)
        {
            float[] R(int k) => Enumerable.Range(0, k).Select(_ => (float)random.NextDouble() * 4 - 2).ToArray();
            var e = R(n * l);
            var trans = R(l * l);
            var start = R(l);
            var end = R(l);
            var tags = new int[n];
            CrfDecoder.Decode(e, trans, start, end, labels, tags, new float[CrfDecoder.ScratchLength(n, l)]);
            float Score(int[] seq) => start[seq[0]] + end[seq[^1]] + Enumerable.Range(0, n).Sum(i => e[i * l + seq[i]]) + Enumerable.Range(1, n - 1).Sum(i => trans[seq[i - 1] * l + seq[i]]);
            float best = float.NegativeInfinity;
            for (int code = 0; code < (int)Math.Pow(l, n); code++)
            {
                var seq = new int[n];
                for (int i = 0, c = code; i < n; i++, c /= l) seq[i] = c % l;
                if (Enumerable.Range(0, n).All(i => labels.Allowed(i == 0 ? -1 : seq[i - 1], seq[i]))) best = Math.Max(best, Score(seq));
            }

            Assert.Equal(best, Score(tags), 3);
        }
    }
}
