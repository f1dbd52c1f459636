namespace Build.Validation.Rules.IpPlan;

public sealed class PlatformSubnetSizes : Rule
{
    /// <summary>The largest prefix length each platform-owned subnet accepts.</summary>
    private static readonly Dictionary<string, int> Minimums = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AzureFirewallSubnet"] = 26,
        ["AzureFirewallManagementSubnet"] = 26,
        ["AzureBastionSubnet"] = 26,
        ["GatewaySubnet"] = 27,
    };

    public override RuleDescriptor Descriptor { get; } = new("IP004", "Platform subnets at their required size", Severity.Error, RuleFamily.IpPlan,
        "Azure Firewall needs a /26 to scale out, Bastion a /26 and gateways a /27; smaller subnets fail the deployment or the first scale-out.",
        ["Azure.VNET.FirewallSubnet", "mspnp/aks-baseline: hub subnets"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var subnet in input.IpPlan.Subnets.Where(subnet => Minimums.ContainsKey(subnet.Name)))
        {
            var largest = Minimums[subnet.Name];
            checks.Check(subnet.Subject, subnet.Prefix.PrefixLength <= largest ? null : $"{subnet.Prefix} is smaller than the /{largest} {subnet.Name} requires");
        }
    }
}
