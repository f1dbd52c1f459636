using System.Text.Json;
using System.Text.Json.Nodes;
using Build.Files;

namespace Build.Infrastructure;

/// <summary>
/// A committed <c>bicep snapshot</c>: the resources a deployment predicts (parameters resolved) and
/// its outputs. Values that only exist after deployment stay ARM expressions (<c>"[reference(...)]"</c>).
/// </summary>
public sealed record BicepSnapshot(IReadOnlyList<JsonObject> PredictedResources, IReadOnlyDictionary<string, JsonNode?> Outputs)
{
    /// <summary>What to do about a committed snapshot that cannot be read.</summary>
    public const string Remedy = "restore it from git, or regenerate it with ./build.sh --target=Snapshots";

    /// <summary>The environment's committed snapshot of <paramref name="stage"/>; problems name it relative to the repository.</summary>
    public static BicepSnapshot Load(EnvironmentLayout layout, Stage stage) =>
        Load(layout.Snapshot(stage).FullPath, System.IO.Path.GetRelativePath(layout.Root.FullPath, layout.Snapshot(stage).FullPath).Replace('\\', '/'));

    /// <param name="file">The file as messages name it (default: <paramref name="path"/>).</param>
    public static BicepSnapshot Load(string path, string? file = null)
    {
        file ??= path;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no snapshot {file}: run ./build.sh --target=Snapshots to create it.", path);
        }

        var text = File.ReadAllText(path);
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(text, documentOptions: JsonInput.Options());
        }
        catch (JsonException)
        {
            throw JsonInput.NotJson(file, text, Remedy);
        }

        if (parsed is not JsonObject root || root["predictedResources"] is not JsonArray resources)
        {
            throw new InputFileException(file, 1, parsed is JsonObject ? "predictedResources" : null, parsed is JsonObject ? "is missing: this is not a bicep snapshot" : "holds no JSON object: this is not a bicep snapshot", Remedy);
        }

        var outputs = (root["outputs"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        return new BicepSnapshot(resources.OfType<JsonObject>().ToList(), outputs);
    }

    /// <summary>True for a value that is an ARM expression bicep could not evaluate offline.</summary>
    public static bool IsUnresolved(string value) =>
        value.StartsWith('[') && value.EndsWith(']') && !value.StartsWith("[[", StringComparison.Ordinal);
}
