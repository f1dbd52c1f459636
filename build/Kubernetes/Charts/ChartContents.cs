using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes.Charts;

/// <summary>
/// What a chart archive says about its values: the default values.yaml of the chart and of each subchart (under the
/// key the parent gives it), and the values.schema.json of each (helm enforces those itself), merged the same way.
/// </summary>
public sealed record ChartContents(YamlMappingNode Defaults, JsonObject Schema)
{
    public static ChartContents None { get; } = new(new YamlMappingNode(), new JsonObject());

    public static ChartContents Read(string archive)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                var name = entry.Name;
                if (entry.DataStream is not null && (name.EndsWith("/values.yaml", StringComparison.Ordinal) || name.EndsWith("/Chart.yaml", StringComparison.Ordinal) || name.EndsWith("/values.schema.json", StringComparison.Ordinal)))
                {
                    using var reader = new StreamReader(entry.DataStream);
                    files[name] = reader.ReadToEnd();
                }
            }
        }

        var root = files.Keys.Select(name => name[..name.IndexOf('/', StringComparison.Ordinal)]).FirstOrDefault() ?? string.Empty;
        var defaults = Load(files.GetValueOrDefault($"{root}/values.yaml")) as YamlMappingNode ?? new YamlMappingNode();
        var schema = Json(files.GetValueOrDefault($"{root}/values.schema.json"));
        foreach (var (key, directory) in Subcharts(files, root))
        {
            if (Json(files.GetValueOrDefault($"{root}/charts/{directory}/values.schema.json")) is { Count: > 0 } subSchema)
            {
                var properties = schema["properties"] as JsonObject ?? (JsonObject)(schema["properties"] = new JsonObject());
                properties[key] ??= subSchema;
            }

            var subDefaults = Load(files.GetValueOrDefault($"{root}/charts/{directory}/values.yaml")) as YamlMappingNode ?? new YamlMappingNode();
            if (defaults.Children.TryGetValue(new YamlScalarNode(key), out var given) && given is YamlMappingNode parentOverrides)
            {
                // the parent's overrides of the subchart's values join the subchart's own keys
                foreach (var (childKey, value) in parentOverrides.Children)
                {
                    subDefaults.Children[childKey] = value;
                }
            }

            defaults.Children[new YamlScalarNode(key)] = subDefaults;
        }

        return new ChartContents(defaults, schema);
    }

    /// <summary>The subcharts the archive carries: the key the parent's values use (alias or name) and their folder.</summary>
    private static IEnumerable<(string Key, string Directory)> Subcharts(Dictionary<string, string> files, string root)
    {
        var chart = Load(files.GetValueOrDefault($"{root}/Chart.yaml")) as YamlMappingNode;
        var dependencies = chart is not null && chart.Children.TryGetValue(new YamlScalarNode("dependencies"), out var list) && list is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
            : [];
        foreach (var dependency in dependencies)
        {
            var name = Text(dependency, "name");
            if (name is not null && files.ContainsKey($"{root}/charts/{name}/Chart.yaml"))
            {
                yield return (Text(dependency, "alias") ?? name, name);
            }
        }
    }

    private static JsonObject Json(string? text) => text is null ? [] : JsonNode.Parse(text) as JsonObject ?? [];

    private static YamlNode? Load(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
    }

    private static string? Text(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;
}
