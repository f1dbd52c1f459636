using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Build.Certificates;

namespace Build.Tests.Certificates;

/// <summary>Bring-your-own files a team could hand in, made with a CA of their own ("Fabrikam").</summary>
public sealed class BroughtCertificates(TemporaryFolder folder, DateTimeOffset now) : IDisposable
{
    public const string Password = "byo-pfx-password";

    public CertificateAuthority Authority { get; } = CertificateAuthority.Create(CertificateKeyType.Ecdsa, now - TimeSpan.FromDays(400));

    /// <summary>The CA certificate with its key (it can issue) or without (it can only be trusted).</summary>
    public string RootPem(bool withKey)
    {
        var path = folder.File(withKey ? "byo-ca-with-key.pem" : "byo-ca.pem");
        File.WriteAllText(path, Authority.Certificate.ExportCertificatePem() + "\n" + (withKey ? CertificateKeys.ExportPem(Authority.Key) + "\n" : string.Empty));
        return path;
    }

    public string GatewayPfx(string dnsName = "bicycle.contoso.com", TimeSpan? age = null, CertificateAuthority? issuer = null, string password = Password)
    {
        using var leaf = Issue(dnsName, age, issuer);
        var path = folder.File($"byo-gateway-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, new X509Certificate2Collection { leaf, (issuer ?? Authority).Certificate }.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password));
        return path;
    }

    /// <summary>A PEM file holding the certificate and (unless told otherwise) its key.</summary>
    public string IngressPem(string dnsName = "*.aks-ingress.contoso.com", bool withKey = true, bool withOtherKey = false)
    {
        using var leaf = Issue(dnsName, null, null);
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = withOtherKey ? otherKey : CertificateKeys.PrivateKeyOf(leaf)!;
        var path = folder.File($"byo-ingress-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, leaf.ExportCertificatePem() + "\n" + (withKey ? CertificateKeys.ExportPem(key) + "\n" : string.Empty));
        return path;
    }

    /// <summary>A certificate that is right in every way but its extended key usage (client authentication only).</summary>
    public string ClientOnlyGatewayPfx()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=bicycle.contoso.com", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("bicycle.contoso.com");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        using var issued = request.Create(Authority.Certificate.SubjectName, CertificateKeys.SignatureGenerator(Authority.Key), now.AddDays(-1), now.AddDays(100), [1, 2, 3, 4]);
        using var leaf = issued.CopyWithPrivateKey(key);
        var path = folder.File("byo-client-only.pfx");
        File.WriteAllBytes(path, leaf.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, Password));
        return path;
    }

    public void Dispose() => Authority.Dispose();

    private X509Certificate2 Issue(string dnsName, TimeSpan? age, CertificateAuthority? issuer) =>
        (issuer ?? Authority).IssueServerCertificate(dnsName, CertificateKeyType.Ecdsa, now - (age ?? TimeSpan.Zero), TimeSpan.FromDays(365));
}
