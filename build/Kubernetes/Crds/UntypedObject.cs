using k8s;
using k8s.Models;

namespace Build.Kubernetes.Crds;

/// <summary>An object no rule reads the body of (a custom resource without a view, a chart's CRD): its identity only.</summary>
public sealed record UntypedObject : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public V1ObjectMeta Metadata { get; set; } = new();
}
