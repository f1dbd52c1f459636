using System.Reflection;
using k8s.Models;

namespace Build.Kubernetes.Charts;

/// <summary>
/// The API versions the cluster serves, as <c>helm template --api-versions</c> takes them: every group/version and
/// group/version/Kind KubernetesClient has a model for. Offline, helm knows group/versions only, so a chart asking
/// <c>.Capabilities.APIVersions.Has "policy/v1/PodDisruptionBudget"</c> would fall back to an API the cluster no longer
/// serves (Traefik's chart renders a policy/v1beta1 PodDisruptionBudget); online, helm asks the API server, which answers both forms.
/// </summary>
public static class ClusterApiVersions
{
    private static readonly Lazy<IReadOnlyList<string>> Versions = new(Discover);

    public static IReadOnlyList<string> All => Versions.Value;

    private static IReadOnlyList<string> Discover()
    {
        var entities = typeof(V1Pod).Assembly.GetTypes()
            .Select(type => type.GetCustomAttribute<KubernetesEntityAttribute>())
            .OfType<KubernetesEntityAttribute>()
            .Where(entity => !string.IsNullOrEmpty(entity.Kind) && !entity.Kind.EndsWith("List", StringComparison.Ordinal))
            .Select(entity => (GroupVersion: string.IsNullOrEmpty(entity.Group) ? entity.ApiVersion : $"{entity.Group}/{entity.ApiVersion}", entity.Kind))
            .ToList();
        return entities.Select(entity => entity.GroupVersion)
            .Concat(entities.Select(entity => $"{entity.GroupVersion}/{entity.Kind}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
