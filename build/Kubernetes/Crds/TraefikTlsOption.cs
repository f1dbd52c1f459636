using k8s.Models;

namespace Build.Kubernetes.Crds;

/// <summary>Traefik's TLSOption (traefik.io/v1alpha1): the TLS parameters of the routers that name it; "default" applies to all others.</summary>
[KubernetesEntity(Group = "traefik.io", ApiVersion = "v1alpha1", Kind = "TLSOption", PluralName = "tlsoptions")]
public sealed record TraefikTlsOption : CustomResource<TlsOptionSpec>;

public sealed record TlsOptionSpec
{
    public TlsVersion? MinVersion { get; set; }

    public TlsVersion? MaxVersion { get; set; }

    /// <summary>TLS 1.2 and lower only; Go does not let TLS 1.3 suites be chosen.</summary>
    public IList<TlsCipherSuite>? CipherSuites { get; set; }

    /// <summary>Curve names as Traefik spells them (X25519, CurveP256, ...).</summary>
    public IList<string>? CurvePreferences { get; set; }

    public TlsClientAuth? ClientAuth { get; set; }

    public bool? SniStrict { get; set; }

    public IList<string>? AlpnProtocols { get; set; }

    public bool? DisableSessionTickets { get; set; }

    /// <summary>Deprecated by Go; kept so an old manifest is reported for what it is, not as an unknown field.</summary>
    public bool? PreferServerCipherSuites { get; set; }
}

public sealed record TlsClientAuth
{
    public IList<string>? SecretNames { get; set; }

    public TlsClientAuthType? ClientAuthType { get; set; }
}

public enum TlsClientAuthType
{
    NoClientCert,
    RequestClientCert,
    RequireAnyClientCert,
    VerifyClientCertIfGiven,
    RequireAndVerifyClientCert,
}
