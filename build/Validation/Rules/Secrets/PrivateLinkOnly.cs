using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class PrivateLinkOnly : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC004", "Key Vault and registry reached through private endpoints", Severity.Error, RuleFamily.Secrets,
        "Nodes pull images and the CSI driver reads certificates over the spoke's private endpoints, never over the internet: the baseline gives Key Vault and ACR a private endpoint each.",
        ["mspnp/aks-baseline: Private Link to Key Vault and ACR"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var (resource, group) in input.Azure.KeyVaults.Select(vault => (vault.Resource, "vault"))
            .Concat(input.Azure.Registries.Select(registry => (registry.Resource, "registry"))))
        {
            var endpoints = input.Azure.PrivateEndpointsTo(resource.Id)
                .Where(endpoint => endpoint.Connections.Any(connection => string.Equals(connection.TargetId, resource.Id, StringComparison.OrdinalIgnoreCase) && connection.GroupIds.Contains(group, StringComparer.OrdinalIgnoreCase)))
                .ToList();
            checks.Check(resource.Subject, endpoints.Count == 0
                ? [$"no Microsoft.Network/privateEndpoints connects to it (group '{group}')"]
                : endpoints.Select(endpoint => endpoint.SubnetId.IsUnresolved || input.Azure.Subnet(endpoint.SubnetId.Text) is not null
                    ? null
                    : (Problem?)$"{endpoint.Resource.Reference}: {endpoint.SubnetId.Path} is {endpoint.SubnetId.Shown}, a subnet no deployment predicts"));
        }
    }
}
