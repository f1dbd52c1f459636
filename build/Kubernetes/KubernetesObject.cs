using k8s;
using k8s.Models;

namespace Build.Kubernetes;

/// <summary>
/// One object of the rendered layer, read into its typed model (a KubernetesClient model such as
/// <c>V1Deployment</c>, or one of <see cref="Crds"/>), with the install step (manifest folder or release) and the
/// file:line it came from.
/// </summary>
/// <param name="Release">The helm release that renders it, or null for a manifest's object.</param>
public sealed record KubernetesObject(
    string Folder,
    string File,
    int Line,
    string ApiVersion,
    string Kind,
    string? Namespace,
    string Name,
    IKubernetesObject<V1ObjectMeta> Model,
    string? Release = null)
{
    /// <summary>kind/namespace/name, the way the closing notes and logs list objects.</summary>
    public string Identity => $"{Kind}/{Namespace ?? "-"}/{Name}";

    public string Location => $"{File}:{Line}";

    /// <summary>Rendered by a chart (as opposed to written in manifests/).</summary>
    public bool FromChart => Release is not null;

    public override string ToString() => Identity;
}
