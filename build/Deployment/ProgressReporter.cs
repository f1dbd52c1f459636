using System.Diagnostics;
using Cake.Core.Diagnostics;
using Spectre.Console;

namespace Build.Deployment;

/// <summary>
/// Keeps the user informed during long waits (ARM deployments take 5–20 minutes): a live status
/// line with the elapsed time in a terminal, a line a minute in a pipeline log.
/// </summary>
public sealed class ProgressReporter(IAnsiConsole console, ICakeLog log)
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromMinutes(1);

    public T Run<T>(string activity, Func<T> action)
    {
        var clock = Stopwatch.StartNew();
        T result;
        if (console.Profile.Capabilities.Interactive)
        {
            result = console.Status().Start(activity, status =>
            {
                using var ticker = new Timer(_ => status.Status($"{activity} ({Elapsed(clock)})"), null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
                return action();
            });
        }
        else
        {
            log.Information($"{activity}…");
            using var ticker = new Timer(_ => log.Information($"{activity}: still running ({Elapsed(clock)})"), null, LogInterval, LogInterval);
            result = action();
        }

        log.Information($"{activity}: done in {Elapsed(clock)}.");
        return result;
    }

    private static string Elapsed(Stopwatch clock) =>
        clock.Elapsed.TotalHours >= 1 ? clock.Elapsed.ToString(@"h\:mm\:ss") : clock.Elapsed.ToString(@"m\:ss");
}
