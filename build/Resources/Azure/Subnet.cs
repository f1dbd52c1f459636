namespace Build.Resources.Azure;

/// <summary>
/// A subnet of a virtual network. Inline subnets carry no id in a snapshot; theirs is the network's id plus
/// <c>/subnets/&lt;name&gt;</c>, the id everything else references them by.
/// </summary>
public sealed record Subnet(ArmResource VirtualNetwork, string Name, ArmObject Settings)
{
    public string Id => $"{VirtualNetwork.Id}/subnets/{Name}";

    /// <summary>How findings name it: <c>virtualNetworks/vnet-spoke/subnets/snet-cluster-nodes</c>.</summary>
    public string Reference => $"{VirtualNetwork.Reference}/subnets/{Name}";

    public Subject Subject => new(Reference, VirtualNetwork.Location with { LogicalName = Id });

    public ArmValue AddressPrefix => Settings["addressPrefix"];

    public ArmValue AddressPrefixes => Settings["addressPrefixes"];

    public ArmValue NetworkSecurityGroupId => Settings["networkSecurityGroup.id"];

    public ArmValue RouteTableId => Settings["routeTable.id"];

    public ArmValue DefaultOutboundAccess => Settings["defaultOutboundAccess"];

    /// <summary>The prefixes it declares (addressPrefix, or the addressPrefixes list).</summary>
    public IReadOnlyList<string> Prefixes => AddressPrefix.Text is { } prefix ? [prefix] : AddressPrefixes.Strings;

    /// <summary>Subnets Azure services own and manage themselves: an NSG is not supported or not wanted there.</summary>
    public static readonly IReadOnlySet<string> PlatformOwned = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "AzureFirewallSubnet", "AzureFirewallManagementSubnet", "GatewaySubnet", "RouteServerSubnet",
    };

    public bool IsPlatformOwned => PlatformOwned.Contains(Name);
}
