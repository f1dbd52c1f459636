using k8s;
using k8s.Models;

namespace Build.Kubernetes.Crds;

/// <summary>
/// The typed view of a custom resource the rules read: apiVersion, kind, metadata and the part of the spec they
/// look at. The resource itself is checked against the CRD its chart ships (<see cref="Charts.CustomResourceSchema"/>),
/// so a view models only what a rule reads and is read leniently.
/// </summary>
public abstract record CustomResource<TSpec> : IKubernetesObject<V1ObjectMeta>, ISpec<TSpec>
    where TSpec : class, new()
{
    public string ApiVersion { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public V1ObjectMeta Metadata { get; set; } = new();

    public TSpec Spec { get; set; } = new();
}
