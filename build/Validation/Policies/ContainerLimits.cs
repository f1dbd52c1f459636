using k8s.Models;

namespace Build.Validation.Policies;

/// <summary>
/// What every container declares, defined once: CPU and memory requests and limits, the limits at most one CPU and
/// 1Gi (the workload namespace's LimitRange maximum). K8S001 judges every container by it, and the cluster's
/// container-limits policy assignment is to agree with it.
/// </summary>
public static class ContainerLimits
{
    public static IReadOnlyList<string> Resources { get; } = ["cpu", "memory"];

    public static IReadOnlyDictionary<string, ResourceQuantity> Maximum { get; } = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal)
    {
        ["cpu"] = new("1"),
        ["memory"] = new("1Gi"),
    };

    /// <summary>True when <paramref name="limit"/> of <paramref name="resource"/> is within the maximum.</summary>
    public static bool Allows(string resource, ResourceQuantity limit) =>
        !Maximum.TryGetValue(resource, out var maximum) || limit.ToDecimal() <= maximum.ToDecimal();
}
