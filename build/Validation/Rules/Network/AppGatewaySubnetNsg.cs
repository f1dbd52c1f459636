using Build.Resources.Azure;

namespace Build.Validation.Rules.Network;

public sealed class AppGatewaySubnetNsg : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("NET005", "App Gateway subnet NSG allows only what App Gateway needs", Severity.Error, RuleFamily.Network,
        "The gateway's subnet accepts HTTPS from the internet, Azure's GatewayManager on 65200-65535 and the load balancer's probes, and nothing else: the baseline's NSG denies all other inbound traffic.",
        ["Azure.NSG.AnyInboundSource", "mspnp/aks-baseline: App Gateway subnet NSG"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var subnet in input.Azure.ApplicationGateways.SelectMany(gateway => gateway.SubnetIds).Distinct(StringComparer.OrdinalIgnoreCase).Select(input.Azure.Subnet).OfType<Subnet>())
        {
            checks.Check(subnet.Subject, input.Azure.Find(subnet.NetworkSecurityGroupId.Text) is { } nsg
                ? Check(new NetworkSecurityGroup(nsg))
                : [$"{subnet.NetworkSecurityGroupId.Path} is {subnet.NetworkSecurityGroupId.Shown}: the App Gateway subnet needs an NSG of its own"]);
        }
    }

    private static IEnumerable<Problem?> Check(NetworkSecurityGroup nsg)
    {
        var inbound = nsg.Rules.Where(rule => rule.IsInbound).OrderBy(rule => rule.Priority).ToList();
        var allows = inbound.Where(rule => rule.Allows).ToList();
        bool Allowed(string source, string port) => allows.Any(rule => rule.Sources.Contains(source, StringComparer.OrdinalIgnoreCase) && rule.DestinationPorts.Contains(port));

        var at = new Problem(string.Empty, nsg.Resource.Location);
        yield return Allowed("Internet", "443") || Allowed("*", "443") ? null : at with { Message = $"{nsg.Resource.Reference} has no inbound rule allowing Internet to port 443: clients cannot reach the listener" };
        yield return Allowed("GatewayManager", "65200-65535") ? null : at with { Message = $"{nsg.Resource.Reference} has no inbound rule allowing GatewayManager to 65200-65535, which App Gateway v2 requires" };
        yield return Allowed("AzureLoadBalancer", "*") ? null : at with { Message = $"{nsg.Resource.Reference} has no inbound rule allowing AzureLoadBalancer: its health probes would fail" };
        yield return inbound.Any(rule => !rule.Allows && rule.Sources.Contains("*") && rule.DestinationPorts.Contains("*"))
            ? null
            : at with { Message = $"{nsg.Resource.Reference} has no inbound deny-all rule: Azure's defaults would still let the whole virtual network in" };
        foreach (var rule in allows.Where(rule => !Needed(rule)))
        {
            yield return at with { Message = $"{rule.Settings.Path} allows {string.Join(", ", rule.Sources)} to port {string.Join(", ", rule.DestinationPorts)}: App Gateway needs only Internet:443, GatewayManager:65200-65535 and AzureLoadBalancer" };
        }
    }

    private static bool Needed(SecurityRule rule) =>
        rule.Sources.All(source => source is "Internet" or "*") && rule.DestinationPorts.All(port => port == "443") ||
        rule.Sources.All(source => source == "GatewayManager") && rule.DestinationPorts.All(port => port == "65200-65535") ||
        rule.Sources.All(source => source == "AzureLoadBalancer");
}
