using Build.Infrastructure;
using Build.Kubernetes;

namespace Build.Validation.Policies;

/// <summary>
/// Where the cluster's images may come from, defined once: the cluster's own registry (the ACR the deploy imports
/// images into, reached over Private Link) and Microsoft's (mcr.microsoft.com, which the hub firewall lets the nodes
/// reach for AKS's own images and the CSI driver's). K8S006 judges every container by it, K8S025 the imports, and the
/// cluster's allowed-images policy assignment is to agree with it.
/// </summary>
public static class RegistryPolicy
{
    public const string MicrosoftContainerRegistry = "mcr.microsoft.com";

    /// <summary>The registries the layer may pull from, by host name.</summary>
    public static IReadOnlySet<string> Trusted(ValidationInput input) =>
        Cluster(input).Append(MicrosoftContainerRegistry).ToHashSet(StringComparer.OrdinalIgnoreCase);

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
