using FactExtract.Entities;

namespace FactExtract.Tests.Entities;

/// <summary>
/// Weight rows are added with whole vectors into padded score vectors (<see cref="NerModel.Width"/>); the sums must equal
/// adding the rows one weight at a time, for every tag count (a tail of 0, 1–8 or 9–15 tags past the last full vector).
/// </summary>
public class RowAdditionTests
{
    [Theory]
    [InlineData(1)]   // 3 tags
    [InlineData(3)]   // 7 tags: a short tail
    [InlineData(6)]   // 13 tags: a long tail
    [InlineData(18)]  // 37 tags, as OntoNotes
    [InlineData(20)]  // 41 tags
    [InlineData(23)]  // 47 tags
    public void PaddedVectorsAddExactlyTheRows(int types)
    {
        var labels = new NerLabels(Enumerable.Range(0, types).Select(t => "T" + t).ToArray());
        int n = labels.Count, bits = 10, rows = 1 << bits;
        var random = new Random(types);
        var weights = new short[rows * n];
        for (int i = 0; i < weights.Length; i++) weights[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        var model = new NerModel(labels, bits, new RowIndex(rows, Enumerable.Range(0, rows).ToArray()), weights, 1f, new int[n], "test", "test");
        Assert.Equal(0, model.Width % 8);
        Assert.True(model.Width >= n);

        // The last rows too: their vector reads run into the slack at the end of the table.
        var features = new uint[] { 0, 1, (uint)rows - 2, (uint)rows - 1, 517 };
        var padded = new int[model.Width];
        model.AddScores(features, padded);
        var expected = new int[n];
        foreach (uint f in features)
            for (int k = 0; k < n; k++) expected[k] += weights[f * n + k];
        Assert.Equal(expected, padded[..n]);
        Assert.All(padded[n..], x => Assert.Equal(0, x));

        // Scores only n long take the plain path and agree.
        var plain = new int[n];
        model.AddScores(features, plain);
        Assert.Equal(expected, plain);
    }
}
