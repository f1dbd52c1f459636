using Build.Resources.Azure;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class FirewallSourcesAreNodeSubnets : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X008", "The firewall's egress rules name exactly the node subnets", Severity.Error, RuleFamily.CrossArtifact,
        "The hub allows egress for the cluster's nodes and nothing else in the spoke; a node subnet missing from the rules cannot reach AKS's required endpoints and nodes never join: the rules' sources are the node subnet prefixes the spoke predicts.",
        ["mspnp/aks-baseline: firewall rules for the node subnet's IP group"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var nodes = input.Azure.Clusters.SelectMany(cluster => cluster.Pools).Select(pool => input.Azure.Subnet(pool.SubnetId.Text)).OfType<Subnet>()
            .SelectMany(subnet => subnet.Prefixes).ToHashSet(StringComparer.Ordinal);
        if (nodes.Count == 0)
        {
            return;
        }

        foreach (var policy in input.Azure.FirewallPolicies)
        {
            var sources = policy.SourceIpGroups
                .Select(pair => pair.IpGroupId).Distinct(StringComparer.OrdinalIgnoreCase)
                .SelectMany(id => input.Azure.Find(id) is { } group ? group["properties.ipAddresses"].Strings.Select(address => (address, group.Reference)) : [(id, "an IP group no deployment predicts")])
                .Concat(policy.SourceAddresses.Select(pair => (address: pair.Address, Reference: pair.Rule.Path)))
                .ToList();
            checks.Check(policy.Resource.Subject,
            [
                .. sources.Where(source => !nodes.Contains(source.address))
                    .Select(source => (Problem?)$"{source.Reference} lets '{source.address}' out, which is not a node subnet ({string.Join(", ", nodes)})"),
                .. nodes.Where(node => !sources.Any(source => source.address == node))
                    .Select(node => (Problem?)$"no rule's source includes the node subnet {node}: its nodes could not reach AKS's required endpoints"),
            ]);
        }
    }
}
