namespace Build.Resources.Azure;

/// <summary>A container registry.</summary>
public sealed record ContainerRegistry(ArmResource Resource) : IArmView
{
    /// <summary>The role definition id (a GUID) of AcrPull, the only role the baseline grants on the registry.</summary>
    public const string AcrPullRole = "7f951dda-4ed3-4680-a7ca-43fe172d538d";

    public ArmValue Sku => Resource["sku.name"];

    public ArmValue Location => Resource["location"];

    public ArmValue AdminUser => Resource["properties.adminUserEnabled"];

    public ArmValue PublicNetworkAccess => Resource["properties.publicNetworkAccess"];

    public ArmValue AnonymousPull => Resource["properties.anonymousPullEnabled"];

    /// <summary>The login server pods pull from: ACR's own DNS name.</summary>
    public string LoginServer => $"{Resource.Name.ToLowerInvariant()}.azurecr.io";
}
