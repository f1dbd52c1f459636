using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes.Charts;

/// <summary>
/// For a chart (or subchart) without a values.schema.json, such as the Secrets Store CSI provider's, its values.yaml
/// is the contract: every key a values file sets exists there, since helm ignores any other key without a word and a
/// misspelled key would leave the chart's default in place. Below a default that is an empty map or null anything
/// goes; a key whose default is a mapping, a list, a boolean or a number must be given one. Where a chart has a
/// schema, helm checks the values against it and this says nothing.
/// </summary>
public static class ValuesKeys
{
    public static IReadOnlyList<KubernetesSourceException> Check(RenderedText values, ChartContents contents, string origin)
    {
        var documents = YamlSource.Load(values.File, values.Text);
        var problems = new List<KubernetesSourceException>();
        if (documents.Count > 0)
        {
            Check(values.File, documents[0].RootNode, contents.Defaults, contents.Schema, string.Empty, origin, problems);
        }

        return problems;
    }

    private static void Check(string file, YamlNode given, YamlNode? expected, JsonObject? schema, string path, string origin, List<KubernetesSourceException> problems)
    {
        if (schema is { Count: > 0 })
        {
            return;
        }

        if (given is not YamlMappingNode mapping)
        {
            Shape(file, given, expected, path, origin, problems);
            return;
        }

        var defaults = expected as YamlMappingNode;
        var properties = schema?["properties"] as JsonObject;
        var declared = (defaults?.Children.Count ?? 0) > 0 || properties is not null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            var child = path.Length == 0 ? key : $"{path}.{key}";
            var childDefault = defaults is not null && defaults.Children.TryGetValue(keyNode, out var found) ? found : null;
            var known = key == "global" || !declared || childDefault is not null || properties?.ContainsKey(key) == true;
            if (!known)
            {
                var names = (defaults?.Children.Keys.OfType<YamlScalarNode>().Select(name => name.Value ?? string.Empty) ?? []).Concat(properties?.Select(pair => pair.Key) ?? []).Distinct(StringComparer.Ordinal);
                problems.Add(new KubernetesSourceException(file, YamlSource.LineOf(keyNode), $"{child}: chart {origin} has no such value (it has {(path.Length == 0 ? "at the top" : $"under {path}")}: {string.Join(", ", names)}); helm would ignore it."));
                continue;
            }

            Check(file, value, childDefault, properties?[key] as JsonObject, child, origin, problems);
        }
    }

    private static void Shape(string file, YamlNode given, YamlNode? expected, string path, string origin, List<KubernetesSourceException> problems)
    {
        if (expected is null || IsNull(expected) || IsNull(given))
        {
            return;
        }

        // a text default takes any scalar: templates quote it
        var expectedShape = ShapeOf(expected);
        if (ShapeOf(given) != expectedShape && !(expectedShape == "text" && given is YamlScalarNode))
        {
            problems.Add(new KubernetesSourceException(file, YamlSource.LineOf(given), $"{path}: chart {origin} expects {expectedShape} (its default is {Shown(expected)}), found {ShapeOf(given)}."));
        }
    }

    /// <summary>What a value is, as far as the defaults say anything: a mapping, a list, a boolean, a number, or text.</summary>
    private static string ShapeOf(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => YamlScalars.Resolve(scalar) switch
        {
            YamlScalars.Kind.Boolean => "a boolean",
            YamlScalars.Kind.Integer or YamlScalars.Kind.Float => "a number",
            _ => "text",
        },
        _ => "a value",
    };

    private static string Shown(YamlNode node) => node is YamlScalarNode scalar ? $"'{scalar.Value}'" : ShapeOf(node);

    private static bool IsNull(YamlNode node) => node is YamlScalarNode scalar && YamlScalars.Resolve(scalar) == YamlScalars.Kind.Null;
}
