using k8s;
using k8s.Models;

namespace Build.Kubernetes;

/// <summary>
/// One object of the rendered manifests, read into its typed model (a KubernetesClient model such as
/// <c>V1Deployment</c>, or one of <see cref="Crds"/>), with the manifest folder and file:line it came from.
/// </summary>
public sealed record KubernetesObject(
    string Folder,
    string File,
    int Line,
    string ApiVersion,
    string Kind,
    string? Namespace,
    string Name,
    IKubernetesObject<V1ObjectMeta> Model)
{
    /// <summary>kind/namespace/name, the way the closing notes and logs list objects.</summary>
    public string Identity => $"{Kind}/{Namespace ?? "-"}/{Name}";

    public string Location => $"{File}:{Line}";

    public override string ToString() => Identity;
}
