namespace Build.Resources.Azure;

/// <summary>A virtual network and its subnets (declared inline, as the templates do, or as child resources).</summary>
public sealed record VirtualNetwork(ArmResource Resource, IReadOnlyList<Subnet> Subnets) : IArmView
{
    public ArmValue AddressPrefixes => Resource["properties.addressSpace.addressPrefixes"];
}
