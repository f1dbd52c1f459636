using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class SystemNodePool : ClusterRule
{
    public const string CriticalAddonsOnly = "CriticalAddonsOnly=true:NoSchedule";

    public override RuleDescriptor Descriptor { get; } = new("AKS006", "System pool: System mode, CriticalAddonsOnly, three nodes", Severity.Error, RuleFamily.Aks,
        "Cluster services (CoreDNS, metrics, the CSI driver) need nodes of their own that workloads cannot starve, across zones: the baseline's system pool is tainted CriticalAddonsOnly with at least three nodes.",
        ["Azure.AKS.MinNodeCount"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        var system = cluster.Pools.Where(pool => pool.IsSystem).ToList();
        if (system.Count == 0)
        {
            yield return "properties.agentPoolProfiles has no pool with mode 'System'";
        }

        foreach (var pool in system)
        {
            yield return pool.Taints.Strings.Contains(CriticalAddonsOnly)
                ? null
                : $"{pool.Taints.Path} is {pool.Taints.Shown}, expected to contain '{CriticalAddonsOnly}'";
            var minimum = pool.EnableAutoScaling.Flag == true ? pool.MinCount : pool.Count;
            yield return Expect.AtLeast(minimum, 3);
        }
    }
}
