using System.Text.Json;

namespace Build.Tools.Az;

/// <summary>
/// A deployment's outputs, read by name. A missing or mistyped output is a one-line error naming it:
/// downstream stages depend on these and must not guess.
/// </summary>
public sealed class DeploymentOutputs(IReadOnlyDictionary<string, AzDeploymentOutput> outputs)
{
    public IReadOnlyDictionary<string, AzDeploymentOutput> All { get; } =
        new Dictionary<string, AzDeploymentOutput>(outputs, StringComparer.OrdinalIgnoreCase);

    public string GetString(string name) =>
        Get(name) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : throw Mistyped(name, "a string");

    public int GetInt(string name) =>
        Get(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number)
            ? number
            : throw Mistyped(name, "an integer");

    public JsonElement Get(string name) =>
        All.TryGetValue(name, out var output)
            ? output.Value
            : throw new KeyNotFoundException($"The deployment has no output '{name}' (it has: {string.Join(", ", All.Keys.Order())}). Re-run the stage that produces it.");

    private static InvalidOperationException Mistyped(string name, string expected) =>
        new($"The deployment output '{name}' is not {expected}.");
}
