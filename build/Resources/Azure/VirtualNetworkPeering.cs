namespace Build.Resources.Azure;

/// <summary>A peering, declared as a child of the network it starts from (<c>&lt;vnet&gt;/virtualNetworkPeerings/&lt;name&gt;</c>).</summary>
public sealed record VirtualNetworkPeering(ArmResource Resource) : IArmView
{
    private const string Segment = "/virtualNetworkPeerings/";

    public string LocalNetworkId => Resource.Id.Contains(Segment, StringComparison.OrdinalIgnoreCase)
        ? Resource.Id[..Resource.Id.IndexOf(Segment, StringComparison.OrdinalIgnoreCase)]
        : string.Empty;

    public ArmValue RemoteNetworkId => Resource["properties.remoteVirtualNetwork.id"];

    public ArmValue RemoteAddressPrefixes => Resource["properties.remoteAddressSpace.addressPrefixes"];

    public ArmValue AllowVirtualNetworkAccess => Resource["properties.allowVirtualNetworkAccess"];

    public ArmValue AllowForwardedTraffic => Resource["properties.allowForwardedTraffic"];

    public ArmValue PeeringState => Resource["properties.peeringState"];
}
