using Cake.Core.Diagnostics;
using Polly;
using Polly.Retry;

namespace Build.Deployment;

/// <summary>
/// Retries transient Azure failures with capped exponential backoff and says so each time;
/// a permanent failure passes through at once.
/// </summary>
public sealed class RetryPolicy(ICakeLog log, TimeSpan baseDelay, int maxAttempts = 6)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    public TimeSpan BaseDelay { get; } = baseDelay;

    public T Execute<T>(string operation, Func<T> action)
    {
        var pipeline = new ResiliencePipelineBuilder()
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
                    var reason = arguments.Outcome.Exception is { } exception ? TransientFailure.Reason(exception) : "transient error";
                    log.Warning($"{operation}: Azure answered {reason}, which clears up by itself; retrying in {arguments.RetryDelay.TotalSeconds:0.#} s (attempt {arguments.AttemptNumber + 2} of {maxAttempts}).");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        return pipeline.Execute(_ => action());
    }

    public void Execute(string operation, Action action) =>
        Execute(operation, () =>
        {
            action();
            return true;
        });
}
