using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FakeCloudHost.KeyVault;

/// <summary>
/// The FAKE cloud's own certificate authority, for the public HTTPS names it serves through its proxy
/// (*.vault.azure.net, api.ipify.org). Its bundle — the system's CAs plus this one — is what a client
/// process trusts through SSL_CERT_FILE.
/// </summary>
public sealed class FakeTlsAuthority
{
    private FakeTlsAuthority(X509Certificate2 serverCertificate, string bundle)
    {
        ServerCertificate = serverCertificate;
        Bundle = bundle;
    }

    public X509Certificate2 ServerCertificate { get; }

    /// <summary>A PEM file: the system CA bundle (when there is one) and the fake CA.</summary>
    public string Bundle { get; }

    public static FakeTlsAuthority Create(string home)
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=FAKE cloud test CA (tests/Fakes/FakeCloudHost)", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=*.vault.azure.net", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("*.vault.azure.net");
        names.AddDnsName("api.ipify.org");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = serverRequest.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(6), RandomNumberGenerator.GetBytes(8));
        var server = X509CertificateLoader.LoadPkcs12(issued.CopyWithPrivateKey(serverKey).Export(X509ContentType.Pfx), null);

        var bundle = Path.Combine(home, "fake-cloud-ca.pem");
        var system = new[] { "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt" }.FirstOrDefault(File.Exists);
        File.WriteAllText(bundle, (system is null ? string.Empty : File.ReadAllText(system).TrimEnd() + "\n") + ca.ExportCertificatePem() + "\n");
        return new FakeTlsAuthority(server, bundle);
    }
}
