namespace Build.Tools.Az;

/// <summary>A Key Vault, from <c>az keyvault show</c>.</summary>
public sealed record AzKeyVault(string Id, string Name, string Location, AzKeyVaultProperties Properties, IReadOnlyDictionary<string, string>? Tags);

public sealed record AzKeyVaultProperties(string? VaultUri, AzKeyVaultNetworkAcls? NetworkAcls);

public sealed record AzKeyVaultNetworkAcls(string DefaultAction, IReadOnlyList<AzKeyVaultIpRule>? IpRules);

public sealed record AzKeyVaultIpRule(string Value);

/// <summary>A soft-deleted vault, from <c>az keyvault show-deleted</c>.</summary>
public sealed record AzDeletedKeyVault(string Id, string Name, AzDeletedKeyVaultProperties Properties);

public sealed record AzDeletedKeyVaultProperties(string? Location, DateTimeOffset? ScheduledPurgeDate);
