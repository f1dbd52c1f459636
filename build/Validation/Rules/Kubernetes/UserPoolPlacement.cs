using Build.Resources.Workloads;

namespace Build.Validation.Rules.Kubernetes;

public sealed class UserPoolPlacement : WorkloadRule
{
    public const string ModeLabel = "kubernetes.azure.com/mode";
    private static readonly string[] PoolLabels = ["agentpool", "kubernetes.azure.com/agentpool"];

    public override RuleDescriptor Descriptor { get; } = new("K8S010", "Workload and ingress on the user pool", Severity.Error, RuleFamily.Kubernetes,
        "The system pool is kept for cluster services: the workload and Traefik select user-pool nodes (kubernetes.azure.com/mode: user, or a User pool by name).",
        ["mspnp/aks-baseline: nodeSelector to the user node pool"]);

    protected override bool Applies(Workload workload) => workload.IsReplicated;

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        var selector = workload.Pod.NodeSelector ?? new Dictionary<string, string>();
        var userPools = input.Azure.Clusters.SelectMany(cluster => cluster.Pools).Where(pool => !pool.IsSystem).Select(pool => pool.Name).ToHashSet(StringComparer.Ordinal);
        var onUserPool = selector.TryGetValue(ModeLabel, out var mode) && mode == "user"
            || PoolLabels.Any(label => selector.TryGetValue(label, out var pool) && userPools.Contains(pool));
        yield return onUserPool
            ? null
            : At(workload, Workload.PodSetting("nodeSelector"), selector.Count == 0
                ? $"is not set: the pods may land on the system pool (expected {ModeLabel}: user)"
                : $"is {string.Join(", ", selector.Select(pair => $"{pair.Key}: {pair.Value}"))}, expected {ModeLabel}: user or a User pool's name");
    }
}
