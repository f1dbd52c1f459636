using k8s;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes;

/// <summary>
/// Writes a model read from YAML back out with KubernetesClient's serializer and compares the result with
/// the source tree: a field the model dropped, added or changed shows up as a difference. Quantities may
/// change spelling (0.5 becomes 500m) but not value; key order and quoting do not matter.
/// </summary>
public static class ModelRoundTrip
{
    public static RoundTripDifference? Compare(YamlNode source, object model)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(KubernetesYaml.Serialize(model)));
        var roundTripped = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        return Compare(source, roundTripped, string.Empty);
    }

    private static RoundTripDifference? Compare(YamlNode source, YamlNode? result, string path)
    {
        if (IsNull(source))
        {
            return result is null || IsNull(result) ? null : Difference(source, path, "nothing", result);
        }

        switch (source)
        {
            case YamlMappingNode mapping when result is YamlMappingNode resultMapping:
                foreach (var (key, value) in mapping.Children)
                {
                    resultMapping.Children.TryGetValue(key, out var resultValue);
                    if (Compare(value, resultValue, Join(path, key)) is { } difference)
                    {
                        return difference;
                    }
                }

                var extra = resultMapping.Children.Keys.FirstOrDefault(key => !mapping.Children.ContainsKey(key));
                return extra is null ? null : Difference(source, Join(path, extra), "nothing", resultMapping.Children[extra]);

            case YamlSequenceNode sequence when result is YamlSequenceNode resultSequence:
                if (sequence.Children.Count != resultSequence.Children.Count)
                {
                    return new RoundTripDifference(path, YamlSource.LineOf(source), $"{sequence.Children.Count} items", $"{resultSequence.Children.Count} items");
                }

                for (var index = 0; index < sequence.Children.Count; index++)
                {
                    if (Compare(sequence.Children[index], resultSequence.Children[index], $"{path}[{index}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;

            case YamlScalarNode scalar when result is YamlScalarNode resultScalar:
                return scalar.Value == resultScalar.Value || SameQuantity(scalar.Value, resultScalar.Value)
                    ? null
                    : Difference(source, path, scalar.Value ?? string.Empty, resultScalar);

            default:
                return Difference(source, path, Show(source), result);
        }
    }

    private static RoundTripDifference Difference(YamlNode source, string path, string expected, YamlNode? result) =>
        new(path, YamlSource.LineOf(source), expected, result is null ? "nothing" : Show(result));

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && YamlScalars.Resolve(scalar) == YamlScalars.Kind.Null;

    private static bool SameQuantity(string? source, string? result)
    {
        if (source is null || result is null)
        {
            return false;
        }

        try
        {
            return new ResourceQuantity(source).ToString() == new ResourceQuantity(result).ToString();
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Show(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => node.NodeType.ToString(),
    };

    private static string Join(string path, YamlNode key)
    {
        var name = key is YamlScalarNode scalar ? scalar.Value : key.ToString();
        return path.Length == 0 ? name ?? string.Empty : $"{path}.{name}";
    }
}
