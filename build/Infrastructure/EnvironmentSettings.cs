using System.Text.Json;
using System.Text.Json.Serialization;

namespace Build.Infrastructure;

/// <summary>
/// What must be known before any deployment runs: the region and the three resource groups.
/// Lives in <c>bicep/environments/&lt;env&gt;/environment.json</c>, which the .bicepparam files also
/// load (<c>loadJsonContent</c>), so these values are written once.
/// </summary>
public sealed record EnvironmentSettings(
    [property: JsonPropertyName("location")] string Location,
    [property: JsonPropertyName("resourceGroups")] StageResourceGroups ResourceGroups)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public string ResourceGroup(Stage stage) => stage.Name switch
    {
        "hub" => ResourceGroups.Hub,
        "spoke" => ResourceGroups.Spoke,
        "cluster" => ResourceGroups.Cluster,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage.Name, "unknown stage"),
    };

    public static EnvironmentSettings Load(EnvironmentLayout layout)
    {
        var path = layout.EnvironmentSettingsFile.FullPath;
        if (!File.Exists(path))
        {
            var known = EnvironmentLayout.Available(layout.Root);
            throw new InvalidOperationException(
                $"Environment '{layout.Environment}' has no {Relative(layout, path)}. Known environments: {(known.Count == 0 ? "none" : string.Join(", ", known))}.");
        }

        try
        {
            return JsonSerializer.Deserialize<EnvironmentSettings>(File.ReadAllText(path), Options)
                ?? throw new JsonException("the file is empty");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{Relative(layout, path)} is not valid: {exception.Message}");
        }
    }

    private static string Relative(EnvironmentLayout layout, string path) =>
        System.IO.Path.GetRelativePath(layout.Root.FullPath, path);
}

public sealed record StageResourceGroups(
    [property: JsonPropertyName("hub")] string Hub,
    [property: JsonPropertyName("spoke")] string Spoke,
    [property: JsonPropertyName("cluster")] string Cluster);
