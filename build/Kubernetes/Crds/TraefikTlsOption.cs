using k8s.Models;

namespace Build.Kubernetes.Crds;

/// <summary>Traefik's TLSOption (traefik.io/v1alpha1): the TLS parameters of the routers that name it; "default" applies to all others.</summary>
[KubernetesEntity(Group = "traefik.io", ApiVersion = "v1alpha1", Kind = "TLSOption", PluralName = "tlsoptions")]
public sealed record TraefikTlsOption : CustomResource<TlsOptionSpec>;

public sealed record TlsOptionSpec
{
    /// <summary>VersionTLS10 to VersionTLS13, as Traefik spells them.</summary>
    public string? MinVersion { get; set; }

    /// <summary>TLS 1.2 and lower only; Go does not let TLS 1.3 suites be chosen.</summary>
    public IList<string>? CipherSuites { get; set; }

    /// <summary>Refuses a handshake whose SNI matches no certificate of the store, instead of answering with the default one.</summary>
    public bool? SniStrict { get; set; }
}
