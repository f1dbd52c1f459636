namespace Build.Resources.Azure;

/// <summary>An Azure Firewall policy, with the rule collection groups declared under it.</summary>
public sealed record FirewallPolicy(ArmResource Resource, IReadOnlyList<ArmResource> RuleCollectionGroups) : IArmView
{
    public ArmValue ThreatIntelMode => Resource["properties.threatIntelMode"];

    public ArmValue DnsProxy => Resource["properties.dnsSettings.enableProxy"];

    /// <summary>The IP group ids every rule of every collection names as its source.</summary>
    public IEnumerable<(ArmObject Rule, string IpGroupId)> SourceIpGroups =>
        RuleCollectionGroups
            .SelectMany(group => group["properties.ruleCollections"].Items())
            .SelectMany(collection => collection["rules"].Items())
            .SelectMany(rule => rule["sourceIpGroups"].Strings.Select(id => (rule, id)));

    /// <summary>Rules that name source addresses directly instead of an IP group.</summary>
    public IEnumerable<(ArmObject Rule, string Address)> SourceAddresses =>
        RuleCollectionGroups
            .SelectMany(group => group["properties.ruleCollections"].Items())
            .SelectMany(collection => collection["rules"].Items())
            .SelectMany(rule => rule["sourceAddresses"].Strings.Select(address => (rule, address)));
}
