using k8s.Models;

namespace Build.Kubernetes.Crds;

/// <summary>
/// The Secrets Store CSI driver's SecretProviderClass (secrets-store.csi.x-k8s.io/v1): what a pod's CSI volume
/// fetches from which provider, and which Kubernetes Secrets the driver syncs from the mount. The CRD types the
/// provider's parameters as strings; the Azure provider's are checked by <see cref="AzureKeyVaultParameters"/>.
/// </summary>
[KubernetesEntity(Group = "secrets-store.csi.x-k8s.io", ApiVersion = "v1", Kind = "SecretProviderClass", PluralName = "secretproviderclasses")]
public sealed record SecretProviderClass : CustomResource<SecretProviderClassSpec>;

public sealed record SecretProviderClassSpec
{
    public string Provider { get; set; } = string.Empty;

    public IDictionary<string, string>? Parameters { get; set; }

    public IList<SecretObject>? SecretObjects { get; set; }
}

/// <summary>A Kubernetes Secret the driver creates from mounted objects while a pod mounts the volume.</summary>
public sealed record SecretObject
{
    public string SecretName { get; set; } = string.Empty;

    public IList<SecretObjectData>? Data { get; set; }
}

public sealed record SecretObjectData
{
    /// <summary>The mounted object's name (its alias when it has one).</summary>
    public string ObjectName { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;
}
