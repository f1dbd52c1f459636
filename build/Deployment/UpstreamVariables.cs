using System.Text;
using System.Text.Json.Nodes;

namespace Build.Deployment;

/// <summary>
/// Hands earlier deployments' outputs to a later deployment's parameters file: every output
/// <c>fooBarBaz</c> becomes the variable <c>AKS_BASELINE_FOO_BAR_BAZ</c>, which the .bicepparam reads
/// with <c>readEnvironmentVariable</c> (see bicep/README.md). Nothing is copied by hand.
/// </summary>
public static class UpstreamVariables
{
    public const string Prefix = "AKS_BASELINE_";

    public static IReadOnlyDictionary<string, string> From(IEnumerable<KeyValuePair<string, JsonNode?>> outputs) =>
        outputs
            .Where(output => output.Value is not null)
            .ToDictionary(output => NameOf(output.Key), output => ValueOf(output.Value!), StringComparer.Ordinal);

    public static string NameOf(string outputName)
    {
        var name = new StringBuilder(Prefix);
        for (var i = 0; i < outputName.Length; i++)
        {
            var c = outputName[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(outputName[i - 1]) || (i + 1 < outputName.Length && char.IsLower(outputName[i + 1]) && char.IsUpper(outputName[i - 1]))))
            {
                name.Append('_');
            }

            name.Append(char.ToUpperInvariant(c));
        }

        return name.ToString();
    }

    private static string ValueOf(JsonNode value) =>
        value is JsonValue scalar && scalar.TryGetValue<string>(out var text) ? text : value.ToJsonString();
}
