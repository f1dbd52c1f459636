using k8s.Models;

namespace Build.Kubernetes.Crds;

/// <summary>Traefik's TLSStore (traefik.io/v1alpha1). Only the store named "default" is used by Traefik.</summary>
[KubernetesEntity(Group = "traefik.io", ApiVersion = "v1alpha1", Kind = "TLSStore", PluralName = "tlsstores")]
public sealed record TraefikTlsStore : CustomResource<TlsStoreSpec>;

public sealed record TlsStoreSpec
{
    /// <summary>The certificate served when no other matches the requested host name.</summary>
    public TlsStoreCertificate? DefaultCertificate { get; set; }

    public IList<TlsStoreCertificate>? Certificates { get; set; }
}

/// <summary>A kubernetes.io/tls Secret in the store's namespace.</summary>
public sealed record TlsStoreCertificate
{
    public string SecretName { get; set; } = string.Empty;
}
