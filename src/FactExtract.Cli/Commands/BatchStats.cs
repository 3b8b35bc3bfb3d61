using System.Diagnostics;
using System.Globalization;
using FactExtract.Input;

namespace FactExtract.Cli.Commands;

/// <summary>Running counts of a batch, written by the one thread that consumes results and read by the progress display.</summary>
internal sealed class BatchStats(long totalInputBytes, ReadCounter counter)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private long _documents;
    private long _failed;
    private long _skipped;
    private long _tokens;
    private long _chars;

    public long TotalInputBytes { get; } = totalInputBytes;

    public long InputBytesRead => counter.Bytes;

    public long Documents => Interlocked.Read(ref _documents);

    public long Failed => Interlocked.Read(ref _failed);

    public long Skipped => Interlocked.Read(ref _skipped);

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Add(BatchResult result)
    {
        Interlocked.Increment(ref _documents);
        if (!result.Succeeded) Interlocked.Increment(ref _failed);
        Interlocked.Add(ref _tokens, result.TokenCount);
        Interlocked.Add(ref _chars, result.CharCount);
    }

    public void AddSkipped() => Interlocked.Increment(ref _skipped);

    public double DocumentsPerSecond => Documents / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Time left, from the share of the input files read so far; null when unknown (standard input).</summary>
    public TimeSpan? Eta
    {
        get
        {
            long read = InputBytesRead;
            if (TotalInputBytes <= 0 || read <= 0) return null;
            double fraction = Math.Min(1.0, (double)read / TotalInputBytes);
            return TimeSpan.FromSeconds(Elapsed.TotalSeconds * (1 - fraction) / fraction);
        }
    }

    public string ProgressLine()
    {
        var eta = Eta is { } e ? $", {100.0 * InputBytesRead / TotalInputBytes:F0}% of input, ETA {e:hh\\:mm\\:ss}" : "";
        return string.Create(CultureInfo.InvariantCulture, $"progress: {Documents:N0} documents ({Failed:N0} failed), {DocumentsPerSecond:N0} docs/s{eta}");
    }

    public string Summary()
    {
        double seconds = Math.Max(Elapsed.TotalSeconds, 1e-9);
        long tokens = Interlocked.Read(ref _tokens);
        long chars = Interlocked.Read(ref _chars);
        var skipped = Skipped > 0 ? $", {Skipped:N0} skipped as already done (--resume)" : "";
        // CPU time too: on a shared machine it shows the work done when the wall clock mostly shows the wait.
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"done: {Documents:N0} documents, {Failed:N0} failed{skipped}, in {seconds:F2} s ({cpu:F2} CPU-s): {Documents / seconds:N0} docs/s, {tokens / seconds:N0} tokens/s, {chars / seconds / 1e6:F2} M chars/s");
    }
}
