namespace Build.Tools.Az;

/// <summary><c>az keyvault network-rule add/remove --ip-address</c>.</summary>
public sealed class AzKeyVaultNetworkRuleSettings : AzSettings
{
    public required string Name { get; set; }

    /// <summary>An address or CIDR, e.g. 203.0.113.7/32.</summary>
    public required string IpAddress { get; set; }

    public string? ResourceGroup { get; set; }
}
