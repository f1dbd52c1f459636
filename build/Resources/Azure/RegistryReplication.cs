namespace Build.Resources.Azure;

/// <summary>A geo-replica of a container registry in another region (<c>&lt;registry&gt;/replications/&lt;region&gt;</c>).</summary>
public sealed record RegistryReplication(ArmResource Resource) : IArmView
{
    private const string Segment = "/replications/";

    public string RegistryId => Resource.Id.Contains(Segment, StringComparison.OrdinalIgnoreCase)
        ? Resource.Id[..Resource.Id.LastIndexOf(Segment, StringComparison.OrdinalIgnoreCase)]
        : string.Empty;

    public ArmValue Location => Resource["location"];

    public ArmValue ZoneRedundancy => Resource["properties.zoneRedundancy"];
}
