namespace Build.Certificates;

/// <summary>
/// What Certificates.Generate is asked for. The host names come from the Bicep outputs; the optional files
/// are bring-your-own certificates (<c>--ca</c>, <c>--gateway-cert</c>, <c>--ingress-cert</c>, <c>--ingress-key</c>).
/// The PFX password is deliberately not a member: records print their members.
/// </summary>
public sealed record CertificateGenerationOptions(CertificateHostNames HostNames, CertificateFiles Files)
{
    public const int DefaultValidityDays = 365;

    /// <summary>Shorter would be inside the 30-day renewal window from day one, so every run would renew.</summary>
    public const int MinimumValidityDays = 31;

    public const int MaximumValidityDays = 3650;

    public CertificateKeyType KeyType { get; init; } = CertificateKeyType.Rsa;

    public int ValidityDays { get; init; } = DefaultValidityDays;

    /// <summary>A PEM root CA certificate, optionally with its private key (then it can issue what is not brought).</summary>
    public string? RootCertificateFile { get; init; }

    /// <summary>A PKCS#12 file for bicycle.&lt;domain&gt;, opened with <c>GATEWAY_PFX_PASSWORD</c>.</summary>
    public string? GatewayPfxFile { get; init; }

    /// <summary>A PEM file for *.aks-ingress.&lt;domain&gt;: the certificate(s) and, unless <see cref="IngressKeyFile"/> is given, the key.</summary>
    public string? IngressCertificateFile { get; init; }

    public string? IngressKeyFile { get; init; }

    public void Validate()
    {
        if (ValidityDays is < MinimumValidityDays or > MaximumValidityDays)
        {
            throw new CertificateRefusedException($"--validity-days must be between {MinimumValidityDays} and {MaximumValidityDays} (got {ValidityDays}): a certificate must outlive the 30-day renewal window.");
        }

        if (IngressKeyFile is not null && IngressCertificateFile is null)
        {
            throw new CertificateRefusedException("--ingress-key is given without --ingress-cert: pass both, or neither to generate the ingress certificate.");
        }

        foreach (var (option, path) in new[] { ("--ca", RootCertificateFile), ("--gateway-cert", GatewayPfxFile), ("--ingress-cert", IngressCertificateFile), ("--ingress-key", IngressKeyFile) })
        {
            if (path is not null && !File.Exists(path))
            {
                throw new CertificateRefusedException($"{option} {path} does not exist.");
            }
        }
    }
}
