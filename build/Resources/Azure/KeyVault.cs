namespace Build.Resources.Azure;

/// <summary>A Key Vault.</summary>
public sealed record KeyVault(ArmResource Resource) : IArmView
{
    public ArmValue TenantId => Resource["properties.tenantId"];

    public ArmValue RbacAuthorization => Resource["properties.enableRbacAuthorization"];

    public ArmValue AccessPolicies => Resource["properties.accessPolicies"];

    public ArmValue SoftDelete => Resource["properties.enableSoftDelete"];

    public ArmValue SoftDeleteRetentionDays => Resource["properties.softDeleteRetentionInDays"];

    public ArmValue DefaultNetworkAction => Resource["properties.networkAcls.defaultAction"];

    public ArmValue PublicNetworkAccess => Resource["properties.publicNetworkAccess"];
}
