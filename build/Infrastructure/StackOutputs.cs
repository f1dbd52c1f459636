using System.Text.Json.Nodes;
using Build.Tools.Az;

namespace Build.Infrastructure;

/// <summary>
/// The outputs of all three deployments, merged by name (see <see cref="OutputNames"/>). Built from
/// the committed snapshots offline, or from <c>az deployment group show</c> online.
/// </summary>
public sealed class StackOutputs
{
    private readonly IReadOnlyDictionary<string, JsonNode?> _values;

    public StackOutputs(IReadOnlyDictionary<string, JsonNode?> values, bool offline)
    {
        _values = new Dictionary<string, JsonNode?>(values, StringComparer.OrdinalIgnoreCase);
        Offline = offline;
    }

    /// <summary>True when the values come from snapshots: some are then known only after deployment.</summary>
    public bool Offline { get; }

    public IEnumerable<string> Names => _values.Keys;

    public static StackOutputs FromSnapshots(EnvironmentLayout layout)
    {
        var merged = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in Stage.All)
        {
            foreach (var (name, value) in BicepSnapshot.Load(layout, stage).Outputs)
            {
                merged[name] = value?.DeepClone();
            }
        }

        return new StackOutputs(merged, offline: true);
    }

    public static StackOutputs FromDeployments(IEnumerable<DeploymentOutputs> deployments)
    {
        var merged = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, output) in deployments.SelectMany(d => d.All))
        {
            merged[name] = JsonNode.Parse(output.Value.GetRawText());
        }

        return new StackOutputs(merged, offline: false);
    }

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>A string output. Throws a one-line error naming the output when it is missing.</summary>
    public string GetString(string name) =>
        _values.TryGetValue(name, out var value) && value is JsonValue json && json.TryGetValue<string>(out var text)
            ? text
            : throw new KeyNotFoundException($"The Bicep output '{name}' is missing or not a string ({Source}).");

    /// <summary>True when the output exists but is known only after deployment (an unevaluated ARM expression).</summary>
    public bool IsKnownOnlyAfterDeployment(string name) =>
        _values.TryGetValue(name, out var value) && value is JsonValue json && json.TryGetValue<string>(out var text) && BicepSnapshot.IsUnresolved(text);

    public JsonNode? Get(string name) =>
        _values.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"The Bicep output '{name}' is missing ({Source}).");

    private string Source => Offline ? "from the committed snapshots: run ./build.sh --target=Snapshots after changing a template" : "from the deployments: re-run the stage that produces it";
}
