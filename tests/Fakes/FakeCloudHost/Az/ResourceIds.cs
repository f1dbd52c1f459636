namespace FakeCloudHost.Az;

/// <summary>ARM resource ids in the fake subscription.</summary>
public static class ResourceIds
{
    public static string Subscription => $"/subscriptions/{CloudIdentity.SubscriptionId}";

    public static string Group(string name) => $"{Subscription}/resourceGroups/{name}";

    public static string Resource(string group, string type, string name) => $"{Group(group)}/providers/{type}/{name}";

    /// <summary>The resource group an id lies in, or null for a subscription-level id.</summary>
    public static string? GroupOf(string id)
    {
        var parts = id.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.FindIndex(parts, p => p.Equals("resourceGroups", StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index + 1 < parts.Length ? parts[index + 1] : null;
    }

    /// <summary>True when <paramref name="scope"/> is <paramref name="ancestor"/> or lies under it, segment by segment.</summary>
    public static bool IsAtOrBelow(string scope, string ancestor) =>
        scope.Equals(ancestor, StringComparison.OrdinalIgnoreCase) ||
        scope.StartsWith(ancestor.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase);
}
