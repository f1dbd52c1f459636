using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class UserDefinedRouting : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS017", "Egress through the hub firewall (UDR)", Severity.Error, RuleFamily.Aks,
        "All traffic leaving the cluster is inspected and allow-listed by the hub's Azure Firewall: the baseline sets outboundType userDefinedRouting on subnets routed to it.",
        ["mspnp/aks-baseline: egress through Azure Firewall"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        yield return Expect.Equal(cluster.OutboundType, "userDefinedRouting");
        foreach (var pool in cluster.Pools)
        {
            var subnet = input.Azure.Subnet(pool.SubnetId.Text);
            yield return subnet is null
                ? $"{pool.SubnetId.Path} is {pool.SubnetId.Shown}, which is not a subnet of the predicted networks"
                : subnet.RouteTableId.IsSet ? null : $"{pool.SubnetId.Path} names {subnet.Reference}, whose {subnet.RouteTableId.Path} is not set: nodes would have no route out";
        }
    }
}
