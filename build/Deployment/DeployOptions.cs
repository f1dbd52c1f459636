using Cake.Common;
using Cake.Core;

namespace Build.Deployment;

/// <summary>The command-line options of Deploy, Plan and Destroy (see README, Deploying).</summary>
public sealed record DeployOptions(
    string? Subscription,
    string? From,
    bool Force,
    bool PlanOnly,
    bool Yes,
    bool UseDefaultKubeconfig,
    TimeSpan RetryBaseDelay,
    TimeSpan RolloutTimeout,
    string? CallerIp = null)
{
    public static DeployOptions Read(ICakeContext context)
    {
        var from = context.Argument<string?>("from", null);
        if (from is not null && !DeployStages.Contains(from))
        {
            throw new InvalidOperationException($"--from={from} is not a Deploy stage. The stages are: {string.Join(", ", DeployStages.Order)}.");
        }

        return new DeployOptions(
            context.Argument<string?>("subscription", null),
            from is null ? null : DeployStages.Canonical(from),
            context.HasArgument("force"),
            context.HasArgument("plan-only"),
            context.HasArgument("yes"),
            context.HasArgument("use-default-kubeconfig"),
            TimeSpan.FromSeconds(Positive(context, "retry-delay-seconds", 5)),
            TimeSpan.FromSeconds(Positive(context, "rollout-timeout-seconds", 600)),
            context.Argument<string?>("caller-ip", null));
    }

    private static double Positive(ICakeContext context, string name, double fallback)
    {
        var value = context.Argument(name, fallback);
        return value >= 0 ? value : throw new InvalidOperationException($"--{name} must be zero or more (got {value}).");
    }
}
