using Build.Infrastructure;
using Build.Resources.Azure;
using Build.Validation.Access;
using Build.Validation.Rules.Kubernetes;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class KubeletPullsImages : Rule
{
    /// <summary>Roles that include pulling: AcrPull, AcrPush, Contributor, Owner.</summary>
    private static readonly string[] PullRoles = [ContainerRegistry.AcrPullRole, "8311e382-0749-4cb8-b61a-304f252e45ec", "b24988ac-6180-42a0-ab88-20f7382dd24c", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"];

    public override RuleDescriptor Descriptor { get; } = new("X014", "The kubelet identity can pull from the registry the images come from", Severity.Error, RuleFamily.CrossArtifact,
        "Nodes pull images as the cluster's kubelet identity, and a refused pull leaves every pod in ImagePullBackOff: for each registry a container's image comes from, the kubelet identity of the cluster holds AcrPull on it.",
        ["mspnp/aks-baseline: AcrPull for the kubelet identity", "Azure.AKS.ACRPull"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        if (!input.HasLayer)
        {
            return;
        }

        var grants = new RoleGrants(input.Azure);
        var pulled = input.Kubernetes.Workloads.SelectMany(workload => workload.Containers).Select(container => ImageReference.Parse(container.Container.Image ?? string.Empty).Registry).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rendered = input.Outputs.Contains(OutputNames.AcrLoginServer) ? new Build.Kubernetes.OutputValues(input.Outputs).Resolve(OutputNames.AcrLoginServer).Value : null;
        var output = input.Outputs.Contains(OutputNames.AcrLoginServer) && input.Outputs.Get(OutputNames.AcrLoginServer) is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) ? ArmReference.Parse(text) : null;
        foreach (var cluster in input.Azure.Clusters)
        {
            var kubelet = Kubelet(cluster);
            foreach (var registry in input.Azure.Registries.Where(registry => pulled.Contains(registry.LoginServer) || (rendered is not null && pulled.Contains(rendered) && output?.Refers(registry.Resource.Id) == true)))
            {
                var held = grants.On(kubelet, registry.Resource.Id);
                checks.Check(new Build.Resources.Subject($"{cluster.Resource.Reference} pulls from {registry.Resource.Reference}", cluster.Resource.Location), PullRoles.Any(held.Contains)
                    ? null
                    : $"the kubelet identity ({kubelet}) holds {(held.Count == 0 ? "no role" : $"only {string.Join(", ", held)}")} on {registry.Resource.Reference}, which the layer's images come from: expected AcrPull ({ContainerRegistry.AcrPullRole})");
            }
        }
    }

    /// <summary>The kubelet identity: the user-assigned one identityProfile names, or the one AKS creates for the cluster.</summary>
    private static Principal Kubelet(ManagedCluster cluster) =>
        cluster.Resource["properties.identityProfile.kubeletidentity.resourceId"].Text is { } identity && !cluster.Resource["properties.identityProfile.kubeletidentity.resourceId"].IsUnresolved
            ? new Principal(identity)
            : new Principal(cluster.Resource.Id, "identityProfile.kubeletidentity");
}
