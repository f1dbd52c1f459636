namespace Build.Kubernetes.Crds;

/// <summary>The TLS versions Traefik accepts in minVersion and maxVersion, spelled as it spells them.</summary>
public enum TlsVersion
{
    VersionTLS10,
    VersionTLS11,
    VersionTLS12,
    VersionTLS13,
}
