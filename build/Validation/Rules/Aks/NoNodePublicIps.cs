using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class NoNodePublicIps : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS018", "No public IPs on nodes", Severity.Error, RuleFamily.Aks,
        "A node with a public IP is reachable around the firewall and App Gateway: baseline nodes have private addresses only.",
        ["Azure.VMSS.PublicIPAttached"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) =>
        cluster.Pools.Select(pool => Expect.False(pool.NodePublicIp));
}
