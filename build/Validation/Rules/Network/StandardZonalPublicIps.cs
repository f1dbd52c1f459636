using Build.Resources.Azure;

namespace Build.Validation.Rules.Network;

public sealed class StandardZonalPublicIps : ResourceRule<PublicIpAddress>
{
    public override RuleDescriptor Descriptor { get; } = new("NET006", "Standard, zone-redundant public IPs", Severity.Error, RuleFamily.Network,
        "The firewall's and App Gateway's public addresses survive a zone's outage and are closed by default: the baseline uses Standard SKU public IPs in three zones.",
        ["Azure.PublicIP.StandardSKU", "Azure.PublicIP.AvailabilityZone"]);

    protected override IEnumerable<PublicIpAddress> Targets(ValidationInput input) => input.Azure.PublicIpAddresses;

    protected override IEnumerable<Problem?> Check(PublicIpAddress address, ValidationInput input) =>
    [
        Expect.Equal(address.Sku, "Standard"),
        address.Zones.Count >= 2 ? null : $"{address.Zones.Path} is {address.Zones.Shown}, expected two or more zones",
    ];
}
