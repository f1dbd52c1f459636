namespace Build.Tools.Az;

/// <summary>A VM size as a region offers it, from <c>az vm list-skus</c> (ResourceSku in the Compute REST API).</summary>
public sealed record AzVmSku(string Name, string? Family, IReadOnlyList<AzSkuLocationInfo>? LocationInfo, IReadOnlyList<AzSkuRestriction>? Restrictions, IReadOnlyList<AzSkuCapability>? Capabilities);

/// <summary>Where the size exists: every zone it is built in (restrictions then take some away).</summary>
public sealed record AzSkuLocationInfo(string Location, IReadOnlyList<string>? Zones);

/// <summary>
/// A restriction: <c>Location</c> (the size is not offered in the region) or <c>Zone</c>. For both,
/// <c>values</c> names locations; the zones a Zone restriction takes away are in <c>restrictionInfo.zones</c>.
/// </summary>
public sealed record AzSkuRestriction(string Type, string? ReasonCode, IReadOnlyList<string>? Values, AzSkuRestrictionInfo? RestrictionInfo);

public sealed record AzSkuRestrictionInfo(IReadOnlyList<string>? Locations, IReadOnlyList<string>? Zones);

public sealed record AzSkuCapability(string Name, string Value);
