using System.Text.Json;
using System.Text.Json.Nodes;

namespace Build.Infrastructure;

/// <summary>
/// The prediction Validate.Snapshots made, kept in artifacts/predicted/&lt;env&gt;/prediction.json with the fingerprint
/// of the Bicep inputs it was made from, so the rules (Validate.Rules) judge it, and a later run with the same inputs
/// reuses it instead of running bicep again.
/// </summary>
public static class PredictionFile
{
    public const string FileName = "prediction.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Directory(string root, string environment) => Path.Combine(root, "artifacts", "predicted", environment);

    public static string PathFor(string root, string environment) => Path.Combine(Directory(root, environment), FileName);

    public static void Write(string path, Prediction prediction, string fingerprint)
    {
        var json = new JsonObject
        {
            ["fingerprint"] = fingerprint,
            ["snapshots"] = new JsonArray(prediction.Snapshots.Select(snapshot => (JsonNode?)new JsonObject
            {
                ["stage"] = snapshot.Stage.Name,
                ["file"] = snapshot.File,
                ["committed"] = snapshot.Committed,
            }).ToArray()),
            ["drifts"] = new JsonArray(prediction.Drifts.Select(drift => (JsonNode?)new JsonObject
            {
                ["stage"] = drift.Stage.Name,
                ["changes"] = new JsonArray(drift.Changes.Select(change => (JsonNode?)new JsonObject
                {
                    ["kind"] = change.Kind.ToString(),
                    ["scope"] = change.Scope,
                    ["resource"] = change.Resource,
                    ["properties"] = new JsonArray(change.Properties.Select(property => (JsonNode?)property).ToArray()),
                }).ToArray()),
            }).ToArray()),
        };
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json.ToJsonString(Indented));
    }

    /// <summary>The prediction made from inputs with this fingerprint, or null when there is none (or it was made from other inputs).</summary>
    public static Prediction? Read(string path, string fingerprint)
    {
        if (!File.Exists(path) || JsonNode.Parse(File.ReadAllText(path)) is not JsonObject json || (string?)json["fingerprint"] != fingerprint)
        {
            return null;
        }

        var snapshots = (json["snapshots"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(snapshot => new PredictedSnapshot(StageNamed((string)snapshot["stage"]!), (string)snapshot["file"]!, (string)snapshot["committed"]!))
            .ToList();
        var drifts = (json["drifts"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(drift => new StageDrift(
                StageNamed((string)drift["stage"]!),
                (drift["changes"] as JsonArray ?? []).OfType<JsonObject>().Select(change => new ResourceChange(
                    Enum.Parse<ResourceChangeKind>((string)change["kind"]!),
                    (string)change["scope"]!,
                    (string)change["resource"]!,
                    (change["properties"] as JsonArray ?? []).Select(property => (string)property!).ToList())).ToList()))
            .ToList();
        return new Prediction(snapshots, drifts);
    }

    private static Stage StageNamed(string name) => Stage.All.Single(stage => stage.Name == name);
}
