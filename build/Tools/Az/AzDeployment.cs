using System.Text.Json;
using System.Text.Json.Serialization;

namespace Build.Tools.Az;

/// <summary>A resource-group deployment, from <c>az deployment group create/show</c> (DeploymentExtended in the Resources REST API).</summary>
public sealed record AzDeployment(
    string Id,
    string Name,
    AzDeploymentProperties Properties)
{
    public DeploymentOutputs Outputs => new(Properties.Outputs ?? new Dictionary<string, AzDeploymentOutput>());

    /// <summary>A parameter's value as ARM recorded it with the deployment, or null when it was not given.</summary>
    public string? Parameter(string name) =>
        Properties.Parameters?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } parameter &&
        parameter.Value.ValueKind == JsonValueKind.String
            ? parameter.Value.GetString()
            : null;
}

public sealed record AzDeploymentProperties(
    string ProvisioningState,
    DateTimeOffset? Timestamp,
    IReadOnlyDictionary<string, AzDeploymentOutput>? Outputs,
    IReadOnlyDictionary<string, AzDeploymentOutput>? Parameters,
    IReadOnlyList<AzResourceReference>? OutputResources = null);

/// <summary>A resource a deployment created or updated.</summary>
public sealed record AzResourceReference(string Id);

/// <summary>One ARM output or parameter: its type (String, Int, Bool, Object, Array) and value.</summary>
public sealed record AzDeploymentOutput(string Type, [property: JsonPropertyName("value")] JsonElement Value);
