using System.Text.Json;
using System.Text.Json.Serialization;

namespace Build.Tools.Az;

/// <summary>A resource-group deployment, from <c>az deployment group create/show</c>.</summary>
public sealed record AzDeployment(
    string Id,
    string Name,
    AzDeploymentProperties Properties,
    IReadOnlyDictionary<string, string>? Tags)
{
    public DeploymentOutputs Outputs => new(Properties.Outputs ?? new Dictionary<string, AzDeploymentOutput>());
}

public sealed record AzDeploymentProperties(
    string ProvisioningState,
    DateTimeOffset? Timestamp,
    IReadOnlyDictionary<string, AzDeploymentOutput>? Outputs);

/// <summary>One ARM output: its type (String, Int, Bool, Object, Array) and value.</summary>
public sealed record AzDeploymentOutput(string Type, [property: JsonPropertyName("value")] JsonElement Value);
