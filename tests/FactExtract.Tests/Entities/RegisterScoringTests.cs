using FactExtract.Entities;

namespace FactExtract.Tests.Entities;

/// <summary>
/// The greedy tagger's fast path sums a token's scores in registers (<see cref="NerModel.ScoreInRegisters"/>) and reads the
/// tag-history rows from a table (<see cref="NerModel.HistoryRows"/>); both must give exactly what the general path gives.
/// </summary>
public class RegisterScoringTests
{
    [Fact]
    public void HistoryRowsAreTheRowsOfTheHistoryFeatures()
    {
        var model = BuiltInModel.Instance;
        var features = new uint[NerFeatures.HistoryCount];
        var expected = new List<int>();
        var rows = new int[NerFeatures.HistoryCount];
        int withRows = 0;
        for (int prev = -1; prev < model.Labels.Count; prev++)
            for (int prev2 = -1; prev2 < model.Labels.Count; prev2 += 5)
                for (int document = -1; document < model.Labels.Count; document += 3)
                {
                    NerFeatures.History(prev, prev2, document, features);
                    expected.Clear();
                    foreach (uint f in features)
                    {
                        int row = model.Rows.RowOf(f & model.Mask);
                        if (row >= 0) expected.Add(row);
                    }

                    int found = model.HistoryRows(prev, prev2, document, rows);
                    Assert.Equal(expected, rows[..found]);
                    withRows += found;
                }

        Assert.True(withRows > 0);
    }

    [Avx2Theory]
    [InlineData(17)] // 35 tags
    [InlineData(18)] // 37 tags, as OntoNotes
    [InlineData(19)] // 39 tags
    public void SumsInRegistersEqualAddingEachPart(int types)
    {
        var labels = new NerLabels(Enumerable.Range(0, types).Select(t => "T" + t).ToArray());
        int n = labels.Count, bits = 10, rowCount = 1 << bits;
        var random = new Random(types);
        var weights = new short[rowCount * n];
        for (int i = 0; i < weights.Length; i++) weights[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        var bias = Enumerable.Range(0, n).Select(_ => random.Next(-100_000, 100_000)).ToArray();
        var model = new NerModel(labels, bits, new RowIndex(rowCount, Enumerable.Range(0, rowCount).ToArray()), weights, 1f, bias, "test", "test");

        int[] Part() => Enumerable.Range(0, model.Width).Select(k => k < n ? random.Next(-1_000_000, 1_000_000) : 0).ToArray();
        var parts = Enumerable.Range(0, 5).Select(_ => Part()).ToArray();
        // The last rows too: their last vector read runs into the slack at the end of the table.
        var rows = new[] { 0, 1, 517, rowCount - 2 };
        var moreRows = new[] { rowCount - 1, 3, 3 };
        var expected = (int[])model.PaddedBias.Clone();
        foreach (var part in parts) NerModel.Add(part, expected);
        model.AddRows(rows, expected);
        model.AddRows(moreRows, expected);

        var scores = new int[model.Width];
        model.ScoreInRegisters(parts[0], parts[1], parts[2], parts[3], parts[4], rows, moreRows, scores);
        Assert.Equal(expected, scores);
        Assert.All(scores[n..], x => Assert.Equal(0, x));
    }

    [Avx2Fact]
    public void VectorBestPicksWhatTheScalarScanPicks()
    {
        var model = BuiltInModel.Instance;
        var random = new Random(7);
        var scores = new int[model.Width];
        for (int trial = 0; trial < 2000; trial++)
        {
            // Few distinct values, so ties are common; now and then the lowest value, which disallowed tags are given.
            for (int k = 0; k < model.Labels.Count; k++)
                scores[k] = trial % 10 == 0 ? random.Next(3) switch { 0 => int.MinValue, 1 => int.MaxValue, _ => 0 } : random.Next(-4, 4) * 1000;
            int prev = random.Next(-1, model.Labels.Count);
            Assert.Equal(GreedyTagger.Best(model.Labels, prev, scores.AsSpan(0, model.Labels.Count)), model.BestAllowed(prev, scores));
        }
    }
}
