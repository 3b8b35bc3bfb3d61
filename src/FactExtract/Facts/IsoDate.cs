namespace FactExtract;

/// <summary>
/// A date as <c>yyyy-MM-dd</c>, the same text as <c>ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)</c>
/// without the general formatter (every result writes its reference date).
/// </summary>
internal static class IsoDate
{
    public const int Length = 10;

    /// <summary>Writes the date into the first <see cref="Length"/> characters of <paramref name="destination"/>.</summary>
    public static void Format(DateOnly date, Span<char> destination)
    {
        Digits(date.Year, destination[..4]);
        destination[4] = '-';
        Digits(date.Month, destination.Slice(5, 2));
        destination[7] = '-';
        Digits(date.Day, destination.Slice(8, 2));
    }

    // Zero-padded to the span's width (years are 1 to 9999, so four digits always suffice).
    private static void Digits(int value, Span<char> destination)
    {
        for (int k = destination.Length - 1; k >= 0; k--)
        {
            destination[k] = (char)('0' + value % 10);
            value /= 10;
        }
    }
}
