using System.Text.Json.Nodes;
using Build.Infrastructure;

namespace Build.Deployment;

/// <summary>A node pool as the cluster snapshot predicts it: what the preflight checks quota and zones for.</summary>
public sealed record NodePool(string Name, string VmSize, int MaxNodes, IReadOnlyList<string> Zones)
{
    private const string ClusterType = "Microsoft.ContainerService/managedClusters";

    /// <summary>The pools of every AKS cluster in the snapshot (inline agentPoolProfiles and agentPools children).</summary>
    public static IReadOnlyList<NodePool> From(BicepSnapshot snapshot)
    {
        var inline = snapshot.PredictedResources
            .Where(r => string.Equals((string?)r["type"], ClusterType, StringComparison.OrdinalIgnoreCase))
            .SelectMany(r => r["properties"]?["agentPoolProfiles"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(p => Parse(p, (string?)p["name"]));
        var children = snapshot.PredictedResources
            .Where(r => string.Equals((string?)r["type"], ClusterType + "/agentPools", StringComparison.OrdinalIgnoreCase))
            .Select(r => Parse(r["properties"] as JsonObject ?? [], ((string?)r["name"])?.Split('/').Last()));
        return inline.Concat(children).ToList();
    }

    private static NodePool Parse(JsonObject pool, string? name)
    {
        var count = (int?)pool["count"] ?? 0;
        var max = pool["enableAutoScaling"]?.GetValue<bool>() == true ? (int?)pool["maxCount"] ?? count : count;
        var zones = (pool["availabilityZones"] as JsonArray ?? []).Select(z => z!.ToString()).ToList();
        return new NodePool(name ?? "?", (string?)pool["vmSize"] ?? "?", max, zones);
    }
}
