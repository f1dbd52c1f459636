using k8s.Models;

namespace Build.Validation.Policies;

/// <summary>
/// What every container declares: CPU and memory requests and limits, the limits at most the environment's maximum
/// (<c>containerLimits</c> in cluster-policy.json, which the cluster's container-limits policy assignment takes as its
/// cpuLimit and memoryLimit). K8S001 judges every container by it.
/// </summary>
public sealed record ContainerLimits(IReadOnlyDictionary<string, ResourceQuantity> Maximum)
{
    public static IReadOnlyList<string> Resources { get; } = ["cpu", "memory"];

    /// <summary>True when <paramref name="limit"/> of <paramref name="resource"/> is within the maximum.</summary>
    public bool Allows(string resource, ResourceQuantity limit) =>
        !Maximum.TryGetValue(resource, out var maximum) || limit.ToDecimal() <= maximum.ToDecimal();
}
