namespace FactExtract.Cli.Commands;

/// <summary>
/// Warnings on standard error, the first <see cref="Shown"/> in full and the rest only counted: a corpus where every
/// line lacks a reference date must not bury the terminal under 100,000 identical lines.
/// </summary>
internal sealed class Warnings(TextWriter stderr, int shown = 50)
{
    public int Shown { get; } = shown;

    public long Count { get; private set; }

    public void Add(string where, string message)
    {
        Count++;
        if (Count <= Shown) stderr.WriteLine($"warning: {where}: {message}");
    }

    /// <summary>Says how many were not shown, if any.</summary>
    public void Finish()
    {
        if (Count > Shown) stderr.WriteLine($"warning: {Count - Shown} more warnings not shown ({Count} in all)");
    }
}
