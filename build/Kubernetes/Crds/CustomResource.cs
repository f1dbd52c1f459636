using System.ComponentModel.DataAnnotations;
using k8s;
using k8s.Models;

namespace Build.Kubernetes.Crds;

/// <summary>
/// What every custom resource of the layer shares: apiVersion, kind, metadata and a typed spec. The
/// specs model the fields this project uses (and their documented neighbours), so an unknown field in a
/// manifest fails validation instead of being ignored by the cluster.
/// </summary>
public abstract record CustomResource<TSpec> : IKubernetesObject<V1ObjectMeta>, ISpec<TSpec>
    where TSpec : class
{
    public string ApiVersion { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public V1ObjectMeta Metadata { get; set; } = new();

    [Required]
    public TSpec Spec { get; set; } = null!;
}
