using System.Security.Cryptography.X509Certificates;
using System.Text;
using Azure.Security.KeyVault.Certificates;
using Build.Certificates;
using Build.Infrastructure;

namespace Build.Deployment;

/// <summary>The three certificates in the local cache (artifacts/certs), as Key Vault takes them, under the names the cluster deployment chose.</summary>
public static class CertificateUploads
{
    public static CertificateSet From(CertificateFiles files, StackOutputs outputs, string? passwordVariable)
    {
        var password = files.ReadGatewayPfxPassword(passwordVariable);
        var pfx = File.ReadAllBytes(files.GatewayPfx);
        using var gateway = X509CertificateLoader.LoadPkcs12Collection(pfx, password).First(c => c.HasPrivateKey);
        var pem = File.ReadAllText(files.IngressCertificate).TrimEnd() + "\n" + File.ReadAllText(files.IngressKey).TrimEnd() + "\n";
        using var ingress = X509Certificate2.CreateFromPem(File.ReadAllText(files.IngressCertificate));

        // App Gateway reads a trusted root from Key Vault as an unencrypted PKCS#12 holding only the public
        // certificate; the root's key never leaves this machine.
        using var root = X509CertificateLoader.LoadCertificateFromFile(files.RootCertificate);
        var rootOnly = new X509Certificate2Collection(root).Export(X509ContentType.Pkcs12)!;
        return new CertificateSet(
            Upload(outputs.GetString(OutputNames.GatewayCertificateName), KeyVaultItemKind.Certificate, pfx, password, CertificateContentType.Pkcs12, gateway),
            Upload(outputs.GetString(OutputNames.IngressCertificateName), KeyVaultItemKind.Certificate, Encoding.ASCII.GetBytes(pem), null, CertificateContentType.Pem, ingress),
            Upload(outputs.GetString(OutputNames.IngressRootCertificateName), KeyVaultItemKind.Secret, rootOnly, null, CertificateContentType.Pkcs12, root));
    }

    private static CertificateUpload Upload(string name, KeyVaultItemKind kind, byte[] content, string? password, CertificateContentType type, X509Certificate2 certificate) =>
        new(name, kind, content, password, type, certificate.Thumbprint, certificate.NotAfter.ToUniversalTime(),
            certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifier);
}

/// <summary>The environment's three certificates, ready for Key Vault.</summary>
public sealed record CertificateSet(CertificateUpload Gateway, CertificateUpload Ingress, CertificateUpload Root)
{
    public IReadOnlyList<CertificateUpload> All => [Root, Gateway, Ingress];
}
