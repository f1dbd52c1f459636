namespace Build.Resources.Azure;

/// <summary>A private endpoint: the subnet it takes addresses from and the resources it connects to.</summary>
public sealed record PrivateEndpoint(ArmResource Resource) : IArmView
{
    public ArmValue SubnetId => Resource["properties.subnet.id"];

    public IReadOnlyList<(string TargetId, IReadOnlyList<string> GroupIds)> Connections =>
        Resource["properties.privateLinkServiceConnections"].Items()
            .Concat(Resource["properties.manualPrivateLinkServiceConnections"].Items())
            .Select(connection => (connection["properties.privateLinkServiceId"].Text ?? string.Empty, connection["properties.groupIds"].Strings))
            .ToList();
}
