using Build.Resources.Azure;

namespace Build.Validation.Rules.Network;

public sealed class NoDefaultOutboundAccess : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("NET008", "Cluster subnets without default outbound access", Severity.Warning, RuleFamily.Network,
        "Azure's implicit outbound address would be an egress path the firewall never sees: the baseline marks the node, ingress and private endpoint subnets private.",
        ["Azure.VNET.PrivateSubnet"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var subnets = input.Azure.Clusters.SelectMany(cluster => cluster.Pools).Select(pool => pool.SubnetId.Text)
            .Concat(input.Azure.PrivateEndpoints.Select(endpoint => endpoint.SubnetId.Text))
            .Append(input.Output(Build.Infrastructure.OutputNames.IngressSubnetId))
            .Select(input.Azure.Subnet)
            .OfType<Subnet>()
            .DistinctBy(subnet => subnet.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var subnet in subnets)
        {
            checks.Check(subnet.Subject, Expect.False(subnet.DefaultOutboundAccess, unsetMeansFalse: false));
        }
    }
}
