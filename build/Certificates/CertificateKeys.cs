using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>Creating keys of a <see cref="CertificateKeyType"/> and telling whether a key belongs to a certificate.</summary>
public static class CertificateKeys
{
    public const int RsaKeySize = 2048;

    public static CertificateKeyType Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "rsa" => CertificateKeyType.Rsa,
        "ecdsa" => CertificateKeyType.Ecdsa,
        _ => throw new ArgumentException($"--key-type must be rsa or ecdsa, not '{text}'."),
    };

    public static AsymmetricAlgorithm Create(CertificateKeyType type) => type switch
    {
        CertificateKeyType.Rsa => RSA.Create(RsaKeySize),
        CertificateKeyType.Ecdsa => ECDsa.Create(ECCurve.NamedCurves.nistP256),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The key type of a certificate's public key, or null for anything this suite does not make.</summary>
    public static CertificateKeyType? TypeOf(X509Certificate2 certificate) => certificate.PublicKey.Oid.Value switch
    {
        "1.2.840.113549.1.1.1" => CertificateKeyType.Rsa,
        "1.2.840.10045.2.1" => CertificateKeyType.Ecdsa,
        _ => null,
    };

    /// <summary>The certificate's private key, whatever its algorithm.</summary>
    public static AsymmetricAlgorithm? PrivateKeyOf(X509Certificate2 certificate) =>
        (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey();

    /// <summary>True when the private key's public half is the certificate's public key.</summary>
    public static bool Matches(X509Certificate2 certificate, AsymmetricAlgorithm privateKey) =>
        certificate.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(privateKey.ExportSubjectPublicKeyInfo());

    /// <summary>Reads a PEM private key (PKCS#8, or the RSA/EC specific forms) as RSA or ECDSA.</summary>
    public static AsymmetricAlgorithm ImportPem(string pem)
    {
        if (pem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new CryptographicException("the private key is encrypted; give it unencrypted (PKCS#8, RSA or EC PEM)");
        }

        // A PKCS#8 "PRIVATE KEY" does not name its algorithm in the label: try RSA, then ECDSA.
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
        }

        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            return ecdsa;
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            ecdsa.Dispose();
            throw new CryptographicException("there is no RSA or ECDSA private key in PEM form", exception);
        }
    }

    public static X509Certificate2 Attach(X509Certificate2 certificate, AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => certificate.CopyWithPrivateKey(rsa),
        ECDsa ecdsa => certificate.CopyWithPrivateKey(ecdsa),
        _ => throw new CryptographicException($"unsupported key algorithm {key.GetType().Name}"),
    };

    public static string ExportPem(AsymmetricAlgorithm key) => key.ExportPkcs8PrivateKeyPem();

    public static X509SignatureGenerator SignatureGenerator(AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1),
        ECDsa ecdsa => X509SignatureGenerator.CreateForECDsa(ecdsa),
        _ => throw new CryptographicException($"unsupported key algorithm {key.GetType().Name}"),
    };
}
