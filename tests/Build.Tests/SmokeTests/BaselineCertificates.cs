using System.Security.Cryptography.X509Certificates;
using Build.Certificates;
using Build.Tests.Certificates;

namespace Build.Tests.SmokeTests;

/// <summary>
/// The certificates the harness serves, made by the project's own generator (Certificates.Generate's plain
/// class, RSA 2048 as by default) for contoso.com, plus the "wrong" ones the failure tests need, issued by
/// the same root (or, for the untrusted case, another one).
/// </summary>
public sealed class BaselineCertificates : IDisposable
{
    public const string GatewayHostName = "bicycle.contoso.com";
    public const string IngressDomain = "aks-ingress.contoso.com";

    /// <summary>App Gateway's backend pool FQDN in the reference architecture: a name under the ingress wildcard.</summary>
    public const string BackendHostName = "bu0001a0008-00.aks-ingress.contoso.com";

    private readonly TemporaryFolder? _folder;
    private readonly CertificateAuthority _authority;

    public BaselineCertificates()
        : this(Generated(out var folder), folder)
    {
    }

    /// <summary>Serves certificates an earlier Certificates.Generate run made (the end-to-end Deploy tests).</summary>
    public BaselineCertificates(CertificateFiles existing)
        : this(existing, null)
    {
    }

    private BaselineCertificates(CertificateFiles files, TemporaryFolder? folder)
    {
        _folder = folder;
        Files = files;
        Root = X509CertificateLoader.LoadCertificateFromFile(Files.RootCertificate);
        Gateway = X509CertificateLoader.LoadPkcs12CollectionFromFile(Files.GatewayPfx, Files.ReadGatewayPfxPassword(passwordVariable: null))
            .Single(c => c.HasPrivateKey);
        Ingress = X509Certificate2.CreateFromPemFile(Files.IngressCertificate, Files.IngressKey);
        _authority = new CertificateAuthority(X509CertificateLoader.LoadCertificate(Root.RawData), CertificateKeys.ImportPem(File.ReadAllText(Files.RootKey)));
    }

    public CertificateFiles Files { get; }

    /// <summary>The trust anchor: App Gateway's trusted root and the smoke test's <c>--ca</c>.</summary>
    public string RootPem => Files.RootCertificate;

    public X509Certificate2 Root { get; }

    public X509Certificate2 Gateway { get; }

    public X509Certificate2 Ingress { get; }

    /// <summary>Another certificate from the same root, e.g. for another name, or one that has expired.</summary>
    public X509Certificate2 Issue(string dnsName, DateTimeOffset issuedAt, int validityDays) =>
        _authority.IssueServerCertificate(dnsName, CertificateKeyType.Ecdsa, issuedAt, TimeSpan.FromDays(validityDays));

    /// <summary>A certificate for the right name from a root nobody trusts.</summary>
    public static X509Certificate2 FromUntrustedRoot(string dnsName)
    {
        using var stranger = CertificateAuthority.Create(CertificateKeyType.Ecdsa, DateTimeOffset.UtcNow);
        return stranger.IssueServerCertificate(dnsName, CertificateKeyType.Ecdsa, DateTimeOffset.UtcNow, TimeSpan.FromDays(90));
    }

    public void Dispose()
    {
        _authority.Dispose();
        Root.Dispose();
        Gateway.Dispose();
        Ingress.Dispose();
        _folder?.Dispose();
    }

    private static CertificateFiles Generated(out TemporaryFolder folder)
    {
        folder = new TemporaryFolder("smoke-certs-");
        var files = new CertificateFiles(folder.File("certs"));
        new CertificateGenerator().Generate(new CertificateGenerationOptions(new CertificateHostNames(GatewayHostName, IngressDomain), files), passwordVariable: null);
        return files;
    }
}
