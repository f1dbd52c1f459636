using Build.Infrastructure;
using Build.Network;
using Build.Resources.Azure;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class RouteNextHopIsFirewall : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X006", "The default route's next hop is the firewall's private IP", Severity.Error, RuleFamily.CrossArtifact,
        "A next hop that is not the firewall blackholes all egress (nodes cannot even register): it equals the firewallPrivateIp output, or before deployment the address Azure gives the firewall, the first assignable one of AzureFirewallSubnet.",
        ["mspnp/aks-baseline: route to the hub firewall"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var expected = input.Output(OutputNames.FirewallPrivateIp) is { } output
            ? new Dictionary<string, string> { [output] = "the firewallPrivateIp output" }
            : input.Azure.Firewalls
                .Select(firewall => firewall.SubnetIds.Select(input.Azure.Subnet).FirstOrDefault(subnet => subnet is not null))
                .OfType<Subnet>()
                .SelectMany(subnet => subnet.Prefixes.Where(prefix => Cidr.TryParse(prefix, out _)).Select(prefix => (Subnet: subnet, Address: Cidr.FirstAssignable(System.Net.IPNetwork.Parse(prefix)).ToString())))
                .GroupBy(pair => pair.Address)
                .ToDictionary(group => group.Key, group => $"the first assignable address of {group.First().Subnet.Name}");
        if (expected.Count == 0)
        {
            return;
        }

        foreach (var table in input.Azure.OfType(ArmTypes.RouteTable).Select(resource => new RouteTable(resource)))
        {
            checks.Check(table.Resource.Subject, table.DefaultRoutes
                .Where(route => string.Equals(route["properties.nextHopType"].Text, "VirtualAppliance", StringComparison.OrdinalIgnoreCase))
                .Select(route => route["properties.nextHopIpAddress"])
                .Select(hop => hop.IsUnresolved || (hop.Text is { } address && expected.ContainsKey(address))
                    ? null
                    : (Problem?)$"{hop.Path} is {hop.Shown}, expected the firewall's private IP {string.Join(" or ", expected.Select(pair => $"{pair.Key} ({pair.Value})"))}"));
        }
    }
}
