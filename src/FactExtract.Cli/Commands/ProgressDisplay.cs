using Spectre.Console;

namespace FactExtract.Cli.Commands;

/// <summary>
/// Shows a batch's progress on standard error while it runs (standard output stays clean for the data):
/// a live Spectre.Console bar on a terminal, or a plain line every few seconds when standard error is a file or a pipe.
/// </summary>
internal abstract class ProgressDisplay
{
    public abstract Task<T> RunAsync<T>(BatchStats stats, Func<Task<T>> body);

    public static ProgressDisplay For(ProgressMode mode, TextWriter stderr)
    {
        bool terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        return mode switch
        {
            ProgressMode.None => new Silent(),
            ProgressMode.Bar => new Bar(),
            ProgressMode.Auto when terminal => new Bar(),
            _ => new Plain(stderr, TimeSpan.FromSeconds(5)),
        };
    }

    private sealed class Silent : ProgressDisplay
    {
        public override Task<T> RunAsync<T>(BatchStats stats, Func<Task<T>> body) => body();
    }

    private sealed class Plain(TextWriter stderr, TimeSpan interval) : ProgressDisplay
    {
        public override async Task<T> RunAsync<T>(BatchStats stats, Func<Task<T>> body)
        {
            var work = body();
            while (await Task.WhenAny(work, Task.Delay(interval)).ConfigureAwait(false) != work)
            {
                lock (stderr) stderr.WriteLine(stats.ProgressLine());
            }

            return await work.ConfigureAwait(false);
        }
    }

    private sealed class Bar : ProgressDisplay
    {
        public override async Task<T> RunAsync<T>(BatchStats stats, Func<Task<T>> body)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            return await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("extract", maxValue: Math.Max(1, stats.TotalInputBytes));
                    task.IsIndeterminate = stats.TotalInputBytes <= 0;
                    var work = body();
                    do
                    {
                        task.Value = Math.Min(task.MaxValue, stats.InputBytesRead);
                        task.Description = Markup.Escape($"{stats.Documents:N0} docs ({stats.Failed:N0} failed), {stats.DocumentsPerSecond:N0} docs/s");
                    }
                    while (await Task.WhenAny(work, Task.Delay(250)).ConfigureAwait(false) != work);

                    task.Value = task.MaxValue;
                    task.StopTask();
                    return await work.ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
    }
}
