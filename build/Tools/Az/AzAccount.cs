namespace Build.Tools.Az;

/// <summary>The signed-in account, from <c>az account show</c>.</summary>
public sealed record AzAccount(string Id, string Name, string TenantId, AzUser? User, string? State);

public sealed record AzUser(string Name, string Type);
