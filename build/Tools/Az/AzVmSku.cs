namespace Build.Tools.Az;

/// <summary>A VM size as a region offers it, from <c>az vm list-skus</c>.</summary>
public sealed record AzVmSku(string Name, string? Family, IReadOnlyList<AzSkuLocationInfo>? LocationInfo, IReadOnlyList<AzSkuRestriction>? Restrictions, IReadOnlyList<AzSkuCapability>? Capabilities);

public sealed record AzSkuLocationInfo(string Location, IReadOnlyList<string>? Zones);

public sealed record AzSkuRestriction(string Type, string? ReasonCode, IReadOnlyList<string>? Values);

public sealed record AzSkuCapability(string Name, string Value);
