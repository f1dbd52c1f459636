using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Certificates;
using Build.Deployment;
using Build.Tests.Fakes;
using Cake.Core.Diagnostics;

namespace Build.Tests.Deployment;

public sealed class KeyVaultUploaderTests
{
    private string _folder = null!;
    private FakeKeyVault _vault = null!;
    private CapturingConsole _console = null!;
    private KeyVaultUploader _uploader = null!;

    [SetUp]
    public async Task Start()
    {
        _folder = Directory.CreateTempSubdirectory("kv-test-").FullName;
        _vault = await FakeKeyVault.Start(_folder);
        _console = new CapturingConsole();
        var ca = X509CertificateLoader.LoadCertificateFromFile(_vault.CaBundle);
        var handler = new HttpClientHandler
        {
            Proxy = new System.Net.WebProxy(_vault.Proxy.Url),
            // trust exactly the fake vault's own CA (the build process gets it through SSL_CERT_FILE)
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                using var chain = new X509Chain { ChainPolicy = { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck } };
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                return certificate is not null && chain.Build(certificate);
            },
        };
        _uploader = new KeyVaultUploader(new Uri("https://kv-aks-baseline.vault.azure.net/"), new StaticToken(), new CakeBuildLog(_console), TimeSpan.FromMilliseconds(10), options => options.Transport = new HttpClientTransport(handler));
    }

    [TearDown]
    public async Task Stop()
    {
        await _vault.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task Imports_a_pfx_after_the_bearer_challenge_and_returns_its_thumbprint()
    {
        using var certificate = SelfSigned("bicycle.contoso.com");
        var pfx = certificate.Export(X509ContentType.Pfx, "p@ss");

        var thumbprint = await _uploader.Upload(new CertificateUpload("gateway-cert", KeyVaultItemKind.Certificate, pfx, "p@ss", CertificateContentType.Pkcs12, certificate.Thumbprint));

        Assert.That(thumbprint, Is.EqualTo(certificate.Thumbprint));
        Assert.That(_vault.Certificates["gateway-cert"], Is.EqualTo(certificate.Thumbprint));
    }

    [Test]
    public async Task Imports_pem_certificate_and_key()
    {
        using var certificate = SelfSigned("*.aks-ingress.contoso.com");
        var pem = certificate.ExportCertificatePem() + "\n" + certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem();

        var thumbprint = await _uploader.Upload(new CertificateUpload("ingress-cert", KeyVaultItemKind.Certificate, System.Text.Encoding.ASCII.GetBytes(pem), null, CertificateContentType.Pem, certificate.Thumbprint));

        Assert.That(thumbprint, Is.EqualTo(certificate.Thumbprint));
    }

    [Test]
    public async Task Retries_while_the_role_assignment_propagates()
    {
        _vault.ForbiddenResponses = 2;
        using var certificate = SelfSigned("bicycle.contoso.com");

        await _uploader.Upload(new CertificateUpload("gateway-cert", KeyVaultItemKind.Certificate, certificate.Export(X509ContentType.Pfx, "x"), "x", CertificateContentType.Pkcs12, certificate.Thumbprint));

        Assert.That(_vault.Imports, Is.EqualTo(1));
        Assert.That(_console.Text, Does.Contain("still propagating"));
    }

    [Test]
    public async Task Stores_a_trusted_root_as_a_pkcs12_secret_without_its_key()
    {
        using var root = SelfSigned("Contoso Bicycle Root CA");
        var publicOnly = new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(root.RawData)).Export(X509ContentType.Pkcs12)!;

        await _uploader.Upload(new CertificateUpload("aks-ingress-root-ca", KeyVaultItemKind.Secret, publicOnly, null, CertificateContentType.Pkcs12, root.Thumbprint));

        var (contentType, value) = _vault.Secrets["aks-ingress-root-ca"];
        Assert.That(contentType, Is.EqualTo("application/x-pkcs12"));
        var stored = X509CertificateLoader.LoadPkcs12Collection(Convert.FromBase64String(value), null);
        Assert.That(stored.Single().Thumbprint, Is.EqualTo(root.Thumbprint));
        Assert.That(stored.Single().HasPrivateKey, Is.False);
    }

    private static X509Certificate2 SelfSigned(string dnsName)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={dnsName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>A fixed token: the fake vault only checks that one is sent.</summary>
    private sealed class StaticToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new("fake-token", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
