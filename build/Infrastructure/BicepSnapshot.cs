using System.Text.Json;
using System.Text.Json.Nodes;

namespace Build.Infrastructure;

/// <summary>
/// A committed <c>bicep snapshot</c>: the resources a deployment predicts (parameters resolved) and
/// its outputs. Values that only exist after deployment stay ARM expressions (<c>"[reference(...)]"</c>).
/// </summary>
public sealed record BicepSnapshot(IReadOnlyList<JsonObject> PredictedResources, IReadOnlyDictionary<string, JsonNode?> Outputs)
{
    public static BicepSnapshot Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no snapshot {path}: run ./build.sh --target=Snapshots to create it.", path);
        }

        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new JsonException($"{path} is not a bicep snapshot (no JSON object).");
        var resources = (root["predictedResources"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .ToList();
        var outputs = (root["outputs"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        return new BicepSnapshot(resources, outputs);
    }

    /// <summary>True for a value that is an ARM expression bicep could not evaluate offline.</summary>
    public static bool IsUnresolved(string value) =>
        value.StartsWith('[') && value.EndsWith(']') && !value.StartsWith("[[", StringComparison.Ordinal);
}
