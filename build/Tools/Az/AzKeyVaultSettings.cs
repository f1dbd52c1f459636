namespace Build.Tools.Az;

/// <summary>A Key Vault named for <c>az keyvault show/show-deleted/purge</c>.</summary>
public sealed class AzKeyVaultSettings : AzSettings
{
    public required string Name { get; set; }

    /// <summary>Needed by purge.</summary>
    public string? Location { get; set; }
}
