using Build.Tools;
using Cake.Core.Diagnostics;
using Polly;
using Polly.Retry;

namespace Build.Deployment;

/// <summary>
/// Retries transient Azure failures with capped exponential backoff and says so each time; a permanent failure
/// passes through at once with az's own words and what to try. Waits run on <see cref="TimeProvider"/>, so
/// tests need not sleep.
/// </summary>
public sealed class RetryPolicy(ICakeLog log, TimeSpan baseDelay, TimeProvider clock, bool resumable, int maxAttempts = 6)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    public TimeSpan BaseDelay { get; } = baseDelay;

    public T Execute<T>(string operation, Func<T> action)
    {
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientFailure.IsTransient),
                MaxRetryAttempts = maxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = BaseDelay,
                MaxDelay = MaxDelay,
                OnRetry = arguments =>
                {
                    var reason = arguments.Outcome.Exception is ToolFailedException failure ? TransientFailure.Reason(failure.Detail) : null;
                    log.Warning($"{operation}: Azure answered {reason ?? "a transient error"}, which clears up by itself; retrying in {arguments.RetryDelay.TotalSeconds:0.#} s (attempt {arguments.AttemptNumber + 2} of {maxAttempts}).");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        try
        {
            return pipeline.Execute(_ => action());
        }
        catch (ToolFailedException failure) when (!TransientFailure.IsTransient(failure))
        {
            throw new InvalidOperationException($"{operation}: {failure.Message} What to try: {AzureErrorAdvice.For(failure.Detail, resumable)}.", failure);
        }
        catch (ToolFailedException failure)
        {
            throw new InvalidOperationException($"{operation}: {failure.Message} It was still failing after {maxAttempts} attempts: wait a few minutes and re-run.", failure);
        }
    }

    public void Execute(string operation, Action action) =>
        Execute(operation, () =>
        {
            action();
            return true;
        });
}
