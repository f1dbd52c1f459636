using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class AvailabilityZones : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS010", "Node pools across availability zones", Severity.Error, RuleFamily.Aks,
        "A zone's outage takes only a third of the nodes: the baseline spreads every pool over the region's three zones.",
        ["Azure.AKS.AvailabilityZone"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) =>
        cluster.Pools.Select(pool => pool.Zones.Count >= 2 ? null : (Problem?)$"{pool.Zones.Path} is {pool.Zones.Shown}, expected two or more zones (the baseline uses 1, 2, 3)");
}
