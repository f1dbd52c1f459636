using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes;

/// <summary>
/// A YAML tree as the JSON the API server receives (kubectl's YAML 1.1 reading: a plain <c>yes</c> is true, a
/// quoted <c>"2"</c> a string), remembering for every JSON pointer the YAML node it came from, so a schema error at
/// <c>/spec/sniStrict</c> is reported at that key's line.
/// </summary>
public sealed class YamlJson
{
    private readonly Dictionary<string, YamlNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> _keys = new(StringComparer.Ordinal);

    private YamlJson(YamlNode root) => Json = Convert(root, string.Empty);

    public JsonNode? Json { get; }

    public static YamlJson From(YamlNode root) => new(root);

    /// <summary>The 1-based line of the value at <paramref name="pointer"/> (its key's line for a mapping entry), or of the nearest enclosing value.</summary>
    public int LineOf(string pointer)
    {
        for (var current = pointer; ; current = current[..current.LastIndexOf('/')])
        {
            if (_keys.TryGetValue(current, out var key))
            {
                return YamlSource.LineOf(key);
            }

            if (_nodes.TryGetValue(current, out var node))
            {
                return YamlSource.LineOf(node);
            }

            if (current.Length == 0)
            {
                return 1;
            }
        }
    }

    /// <summary>A JSON pointer as a dotted path the way messages name settings (<c>spec.cipherSuites[0]</c>).</summary>
    public static string Path(string pointer) =>
        string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .Select((segment, index) => segment.All(char.IsAsciiDigit) ? $"[{segment}]" : index == 0 ? segment : $".{segment}"));

    private JsonNode? Convert(YamlNode node, string pointer)
    {
        _nodes[pointer] = node;
        switch (node)
        {
            case YamlMappingNode mapping:
                var json = new JsonObject();
                foreach (var (keyNode, value) in mapping.Children)
                {
                    var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? string.Empty : keyNode.ToString();
                    var child = $"{pointer}/{key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
                    _keys[child] = keyNode;
                    json[key] = Convert(value, child);
                }

                return json;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var index = 0; index < sequence.Children.Count; index++)
                {
                    array.Add(Convert(sequence.Children[index], $"{pointer}/{index}"));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        switch (YamlScalars.Resolve(scalar))
        {
            case YamlScalars.Kind.Null:
                return null;
            case YamlScalars.Kind.Boolean:
                return JsonValue.Create(value is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON");
            case YamlScalars.Kind.Integer when long.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                return JsonValue.Create(integer);
            case YamlScalars.Kind.Float when double.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            default:
                return JsonValue.Create(value);
        }
    }
}
