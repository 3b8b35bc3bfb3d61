using FactExtract.Entities.Neural;

namespace FactExtract.Tests.Entities.Neural;

public class QuantizedRecurrenceTests
{
    private static (float[] Matrix, float[] State) Random(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var matrix = new float[rows * columns];
        for (int i = 0; i < matrix.Length; i++) matrix[i] = (float)(random.NextDouble() * 2 - 1) * (i % 7 == 0 ? 3f : 0.3f);
        var state = new float[columns];
        for (int i = 0; i < state.Length; i++) state[i] = (float)(random.NextDouble() * 2 - 1);
        state[0] = 1f;
        state[^1] = -1f;
        return (matrix, state);
    }

    [Theory]
    [InlineData(64, 200)]
    [InlineData(800, 200)]
    [InlineData(32, 7)]
    public void SimdAndScalarPathsGiveTheSameSums(int rows, int columns)
    {
        var (matrix, state) = Random(rows, columns, rows + columns);
        var q = QuantizedRecurrence.TryCreate(matrix, rows)!;
        var packed = new int[q.Pairs];
        q.Quantise(state, packed);
        var simd = Enumerable.Range(0, rows).Select(i => (float)i).ToArray();
        var scalar = (float[])simd.Clone();

        q.AddProduct(packed, simd);
        q.AddProductScalar(packed, scalar);

        Assert.Equal(scalar, simd);
    }

    [Fact]
    public void TheIntegerProductIsTheFloatProductToItsRounding()
    {
        const int rows = 800, columns = 200;
        var (matrix, state) = Random(rows, columns, 11);
        var q = QuantizedRecurrence.TryCreate(matrix, rows)!;
        var packed = new int[q.Pairs];
        q.Quantise(state, packed);
        var y = new float[rows];

        q.AddProduct(packed, y);

        for (int r = 0; r < rows; r++)
        {
            double exact = 0, size = 0;
            for (int c = 0; c < columns; c++)
            {
                exact += (double)matrix[r * columns + c] * state[c];
                size = Math.Max(size, Math.Abs(matrix[r * columns + c]));
            }

            // Rounding each weight to 1/2047 of its row's largest and the state to 1/5245 stays well inside this.
            Assert.True(Math.Abs(y[r] - exact) <= 2e-3 * size * Math.Sqrt(columns), $"row {r}: {y[r]} vs {exact}");
        }
    }

    [Fact]
    public void RowsThatDoNotFillWholeBlocksAreLeftToTheFloatPath()
    {
        Assert.Null(QuantizedRecurrence.TryCreate(new float[40 * 10], 40));
    }
}
