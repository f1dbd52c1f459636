using System.Text.Json;
using System.Text.Json.Nodes;
using Build.Files;
using Build.Infrastructure;

namespace Build.Resources.Azure;

/// <summary>
/// A committed snapshot read for the rules: its resources, parsed once and with case-insensitive property names
/// as ARM treats them, each with the line of its <c>"id"</c> in the file; and its outputs.
/// </summary>
public sealed record PredictedDeployment(Stage Stage, string File, IReadOnlyList<ArmResource> Resources, IReadOnlyDictionary<string, JsonNode?> Outputs)
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public static PredictedDeployment Load(EnvironmentLayout layout, Stage stage)
    {
        var path = layout.Snapshot(stage).FullPath;
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"There is no snapshot {System.IO.Path.GetRelativePath(layout.Root.FullPath, path)}: run ./build.sh --target=Snapshots to create it.", path);
        }

        return Parse(stage, System.IO.Path.GetRelativePath(layout.Root.FullPath, path).Replace('\\', '/'), System.IO.File.ReadAllText(path));
    }

    /// <param name="file">The snapshot's path as findings show it (relative to the repository root).</param>
    public static PredictedDeployment Parse(Stage stage, string file, string text)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(text, CaseInsensitive, JsonInput.Options());
        }
        catch (JsonException)
        {
            // only now is the text scanned again, for the line and key where it stops being JSON
            throw JsonInput.NotJson(file, text, BicepSnapshot.Remedy);
        }

        if (parsed is not JsonObject root || root["predictedResources"] is not JsonArray)
        {
            throw new InputFileException(file, 1, parsed is JsonObject ? "predictedResources" : null, parsed is JsonObject ? "is missing: this is not a bicep snapshot" : "holds no JSON object: this is not a bicep snapshot", BicepSnapshot.Remedy);
        }

        var lines = ResourceLines(text);
        var resources = (root["predictedResources"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(json =>
            {
                var id = json["id"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : string.Empty;
                return new ArmResource(stage, json, new SourceLocation(file, lines.TryGetValue(id, out var line) ? line : null, id, "resource"));
            })
            .ToList();
        var outputs = (root["outputs"] as JsonObject ?? [])
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        return new PredictedDeployment(stage, file, resources, outputs);
    }

    /// <summary>
    /// The line of each resource's own <c>"id"</c>: of all <c>"id"</c> lines, the least indented are the resources'
    /// (the others are references inside properties). One pass over the text.
    /// </summary>
    private static Dictionary<string, int> ResourceLines(string text)
    {
        const string Key = "\"id\": \"";
        var candidates = new List<(string Id, int Line, int Indent)>();
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith(Key, StringComparison.Ordinal))
            {
                var rest = trimmed[Key.Length..];
                var end = rest.IndexOf('"');
                if (end > 0)
                {
                    candidates.Add((rest[..end].ToString(), lineNumber, line.Length - trimmed.Length));
                }
            }
        }

        var indent = candidates.Count == 0 ? 0 : candidates.Min(candidate => candidate.Indent);
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, line, _) in candidates.Where(candidate => candidate.Indent == indent))
        {
            lines.TryAdd(id, line);
        }

        return lines;
    }
}
