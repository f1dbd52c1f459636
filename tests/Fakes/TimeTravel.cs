using Microsoft.Extensions.Time.Testing;

namespace Build.Tests.Fakes;

/// <summary>
/// Runs an operation that waits on a <see cref="FakeTimeProvider"/> to its end, moving the fake clock on in
/// steps while it waits, so that minutes of polling and backoff take milliseconds and no test depends on how
/// fast the machine is.
/// </summary>
public static class TimeTravel
{
    public static async Task<T> Run<T>(FakeTimeProvider clock, Func<Task<T>> operation, TimeSpan step)
    {
        var task = operation();
        while (!task.IsCompleted)
        {
            clock.Advance(step);
            await Task.WhenAny(task, Task.Delay(5));
        }

        return await task;
    }

    public static Task Run(FakeTimeProvider clock, Func<Task> operation, TimeSpan step) =>
        Run(clock, async () =>
        {
            await operation();
            return true;
        }, step);
}
