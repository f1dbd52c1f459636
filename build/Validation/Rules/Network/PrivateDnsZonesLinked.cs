using Build.Resources.Azure;

namespace Build.Validation.Rules.Network;

public sealed class PrivateDnsZonesLinked : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("NET007", "Private DNS zones linked to the cluster's network", Severity.Error, RuleFamily.Network,
        "Nodes resolve the registry and Key Vault to their private endpoints, and App Gateway resolves the ingress name to Traefik, only if the zones are linked to the spoke.",
        ["mspnp/aks-baseline: private DNS zones linked to the spoke"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var network = input.Azure.Clusters.SelectMany(cluster => cluster.Pools).Select(pool => input.Azure.Subnet(pool.SubnetId.Text)).OfType<Subnet>().FirstOrDefault()?.VirtualNetwork;
        if (network is null)
        {
            return;
        }

        var linked = input.Azure.OfType(ArmTypes.PrivateDnsZoneLink)
            .Where(link => string.Equals(link["properties.virtualNetwork.id"].Text, network.Id, StringComparison.OrdinalIgnoreCase))
            .Select(link => link.Name[..Math.Max(0, link.Name.IndexOf('/', StringComparison.Ordinal))])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in input.Azure.OfType(ArmTypes.PrivateDnsZone))
        {
            checks.Check(zone.Subject, linked.Contains(zone.Name) ? null : $"has no virtualNetworkLinks to {network.Name}: names in it do not resolve from the cluster's network");
        }
    }
}
