namespace Build.Resources.Azure;

/// <summary>A public IP address.</summary>
public sealed record PublicIpAddress(ArmResource Resource) : IArmView
{
    public ArmValue Sku => Resource["sku.name"];

    public ArmValue Zones => Resource["zones"];
}
