using System.Runtime.Versioning;
using System.Security.Cryptography.X509Certificates;
using Build.Certificates;

namespace Build.Tests.Certificates;

/// <summary>Host names, folders and readers the certificate tests share.</summary>
public static class CertificateFixture
{
    public static readonly CertificateHostNames ContosoHostNames = new("bicycle.contoso.com", "aks-ingress.contoso.com");

    /// <summary>ECDSA keys: these tests are about files and decisions, and an RSA key costs a few hundred milliseconds.</summary>
    public static CertificateGenerationOptions Options(TemporaryFolder folder, CertificateHostNames? hostNames = null) =>
        DefaultOptions(folder, hostNames) with { KeyType = CertificateKeyType.Ecdsa };

    /// <summary>What the task passes when no option is given (RSA 2048, 365 days).</summary>
    public static CertificateGenerationOptions DefaultOptions(TemporaryFolder folder, CertificateHostNames? hostNames = null) =>
        new(hostNames ?? ContosoHostNames, new CertificateFiles(folder.File("certs")));

    public static X509Certificate2 Root(CertificateFiles files) => X509CertificateLoader.LoadCertificateFromFile(files.RootCertificate);

    public static X509Certificate2 GatewayLeaf(CertificateFiles files, string? passwordVariable = null) =>
        X509CertificateLoader.LoadPkcs12CollectionFromFile(files.GatewayPfx, files.ReadGatewayPfxPassword(passwordVariable))
            .Single(c => c.HasPrivateKey);

    public static X509Certificate2 IngressLeaf(CertificateFiles files) =>
        X509Certificate2.CreateFromPemFile(files.IngressCertificate, files.IngressKey);

    public static Dictionary<string, byte[]> Snapshot(CertificateFiles files) =>
        Directory.GetFiles(files.Directory).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);

    [UnsupportedOSPlatform("windows")]
    public static UnixFileMode Mode(string path) => File.GetUnixFileMode(path);
}
