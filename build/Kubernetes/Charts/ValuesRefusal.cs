using System.Text.RegularExpressions;
using Build.Tools;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes.Charts;

/// <summary>
/// Why helm refused to render a release, as problems in its values file: each error of the chart's values.schema.json
/// (<c>- at '/ports/websecure': additional properties 'tls' not allowed</c>) at the line of the value it names;
/// any other failure at the top of the file with helm's own words.
/// </summary>
public static partial class ValuesRefusal
{
    public static IReadOnlyList<KubernetesSourceException> Problems(RenderedText values, string helmError, string origin)
    {
        var documents = YamlSource.Load(values.File, values.Text);
        var tree = YamlJson.From(documents.Count > 0 ? documents[0].RootNode : new YamlMappingNode());
        var problems = new List<KubernetesSourceException>();
        foreach (Match match in SchemaError().Matches(helmError))
        {
            var pointer = match.Groups["pointer"].Value;
            var message = match.Groups["message"].Value.Trim();
            if (AdditionalProperties().Match(message) is { Success: true } additional)
            {
                foreach (var name in Names().Matches(additional.Groups["names"].Value).Select(name => name.Groups["name"].Value))
                {
                    var key = $"{pointer}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
                    problems.Add(new KubernetesSourceException(values.File, tree.LineOf(key), $"{YamlJson.Path(key)}: chart {origin}'s values.schema.json has no such value."));
                }
            }
            else
            {
                var path = YamlJson.Path(pointer);
                problems.Add(new KubernetesSourceException(values.File, tree.LineOf(pointer), $"{(path.Length == 0 ? "the values" : path)}: {message} (chart {origin}'s values.schema.json)."));
            }
        }

        return problems.Count > 0
            ? problems
            : [new KubernetesSourceException(values.File, 1, $"chart {origin} does not render with these values: {ErrorText.Trim(helmError)}")];
    }

    /// <summary>True when helm refused the values against the chart's values.schema.json (rather than failing in a template).</summary>
    public static bool IsSchemaRefusal(string helmError) => SchemaError().IsMatch(helmError);

    [GeneratedRegex(@"^- at '(?<pointer>[^']*)': (?<message>.+)$", RegexOptions.Multiline)]
    private static partial Regex SchemaError();

    [GeneratedRegex(@"^additional propert(y|ies) (?<names>.+) not allowed$")]
    private static partial Regex AdditionalProperties();

    [GeneratedRegex(@"'(?<name>[^']*)'")]
    private static partial Regex Names();
}
