using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class MaxPodsPerNode : ClusterRule
{
    public const int Planned = 30;

    public override RuleDescriptor Descriptor { get; } = new("AKS009", "maxPods 30 on every pool", Severity.Error, RuleFamily.Aks,
        "With Azure CNI every node reserves maxPods + 1 spoke addresses up front; the baseline's IP plan sizes the node subnet for 30 pods per node.",
        ["Azure.AKS.CNISubnetSize"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) =>
        cluster.Pools.Select(pool => pool.MaxPods.Number == Planned ? null : (Problem?)$"{pool.MaxPods.Path} is {pool.MaxPods.Shown}, expected {Planned} (the IP plan's pods per node)");
}
