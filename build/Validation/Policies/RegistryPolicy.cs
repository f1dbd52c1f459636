using Build.Infrastructure;
using Build.Kubernetes;

namespace Build.Validation.Policies;

/// <summary>
/// Where the cluster's images may come from: the cluster's own registry (the ACR the deploy imports images into,
/// reached over Private Link) and the environment's <c>additionalRegistries</c> (cluster-policy.json: in prod
/// mcr.microsoft.com, which the hub firewall lets the nodes reach for AKS's own images and the CSI driver's). The
/// cluster's allowed-images policy assignment admits the same registries (its pattern is built from both). K8S006
/// judges every container by it, K8S025 the imports.
/// </summary>
public static class RegistryPolicy
{
    /// <summary>The registries the layer may pull from, by host name.</summary>
    public static IReadOnlySet<string> Trusted(ValidationInput input) =>
        Cluster(input).Concat(input.Policy.AdditionalRegistries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The cluster's own registry: the login servers of the registries the deployments predict, and the acrLoginServer
    /// output the layer was rendered with (an offline stand-in before deployment).
    /// </summary>
    public static IReadOnlySet<string> Cluster(ValidationInput input)
    {
        var registries = input.Azure.Registries.Select(registry => registry.LoginServer).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (input.Outputs.Contains(OutputNames.AcrLoginServer))
        {
            registries.Add(new OutputValues(input.Outputs).Resolve(OutputNames.AcrLoginServer).Value);
        }

        return registries;
    }
}
