namespace Build.Certificates;

/// <summary>The key algorithm of the certificates Certificates.Generate makes (<c>--key-type</c>).</summary>
public enum CertificateKeyType
{
    /// <summary>RSA 2048: what every App Gateway listener and Traefik build accepts.</summary>
    Rsa,

    /// <summary>ECDSA on P-256: smaller and faster, supported by App Gateway v2 and Traefik.</summary>
    Ecdsa,
}
