using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>
/// The private root CA ("Contoso Bicycle Root CA") that issues both server certificates, so that App Gateway's
/// trusted root for the backend and the smoke test's trust anchor are one file.
/// </summary>
public sealed class CertificateAuthority : IDisposable
{
    public const string RootSubject = "CN=Contoso Bicycle Root CA, O=Contoso Bicycle";
    public const string Organization = "Contoso Bicycle";

    /// <summary>A root outlives the certificates it issues, so renewing those does not mean redistributing the root.</summary>
    public static readonly TimeSpan RootLifetime = TimeSpan.FromDays(3650);

    /// <summary>Issued certificates start a little in the past: clocks on App Gateway and clients drift.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly AsymmetricAlgorithm _key;

    public CertificateAuthority(X509Certificate2 certificate, AsymmetricAlgorithm key)
    {
        if (!CertificateKeys.Matches(certificate, key))
        {
            throw new CryptographicException("the CA's private key does not match its certificate");
        }

        Certificate = certificate;
        _key = key;
    }

    /// <summary>The root certificate (public part only: safe to hand out).</summary>
    public X509Certificate2 Certificate { get; }

    public AsymmetricAlgorithm Key => _key;

    public static CertificateAuthority Create(CertificateKeyType keyType, DateTimeOffset now)
    {
        var key = CertificateKeys.Create(keyType);
        var request = NewRequest(RootSubject, key);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));

        using var selfSigned = request.CreateSelfSigned(now - ClockSkew, now + RootLifetime);
        return new CertificateAuthority(X509CertificateLoader.LoadCertificate(selfSigned.RawData), key);
    }

    /// <summary>
    /// A TLS server certificate for one DNS name (a wildcard is fine): SAN, serverAuth, not a CA, valid from
    /// now for <paramref name="lifetime"/> but never past the root's own expiry.
    /// </summary>
    public X509Certificate2 IssueServerCertificate(string dnsName, CertificateKeyType keyType, DateTimeOffset now, TimeSpan lifetime)
    {
        using var key = CertificateKeys.Create(keyType);
        var request = NewRequest($"CN={dnsName}, O={Organization}", key);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        request.CertificateExtensions.Add(names.Build(critical: false));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        // RSA key exchange needs keyEncipherment; ECDSA signs only.
        var usage = keyType == CertificateKeyType.Rsa
            ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment
            : X509KeyUsageFlags.DigitalSignature;
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([CertificateTrust.ServerAuthentication], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, includeKeyIdentifier: true, includeIssuerAndSerial: false));

        var notAfter = Min(now + lifetime, Certificate.NotAfter.ToUniversalTime());
        using var issued = request.Create(Certificate.SubjectName, CertificateKeys.SignatureGenerator(_key), now - ClockSkew, notAfter, SerialNumber());
        return CertificateKeys.Attach(issued, key);
    }

    public void Dispose()
    {
        _key.Dispose();
        Certificate.Dispose();
    }

    private static CertificateRequest NewRequest(string subject, AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        ECDsa ecdsa => new CertificateRequest(subject, ecdsa, HashAlgorithmName.SHA256),
        _ => throw new CryptographicException($"unsupported key algorithm {key.GetType().Name}"),
    };

    /// <summary>16 random bytes with the top bit clear: unique and a positive DER integer (RFC 5280 §4.1.2.2).</summary>
    private static byte[] SerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        serial[0] |= 0x01;
        return serial;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
