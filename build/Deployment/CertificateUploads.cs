using System.Security.Cryptography.X509Certificates;
using System.Text;
using Azure.Security.KeyVault.Certificates;
using Build.Certificates;
using Build.Infrastructure;

namespace Build.Deployment;

/// <summary>The two certificates Certificates.Generate made, as Key Vault takes them, under the names the cluster deployment chose.</summary>
public static class CertificateUploads
{
    public static IReadOnlyList<CertificateUpload> From(BuildContext context, DeploymentSession session)
    {
        var files = CertificateFiles.For(context.Artifacts, context.EnvironmentName);
        var outputs = session.OutputsOf(Stage.Cluster);
        var password = files.ReadGatewayPfxPassword(context.Environment.GetEnvironmentVariable(CertificateFiles.PasswordVariable));

        var pfx = File.ReadAllBytes(files.GatewayPfx);
        using var gateway = X509CertificateLoader.LoadPkcs12Collection(pfx, password).First(c => c.HasPrivateKey);
        var pem = File.ReadAllText(files.IngressCertificate).TrimEnd() + "\n" + File.ReadAllText(files.IngressKey).TrimEnd() + "\n";
        using var ingress = X509Certificate2.CreateFromPem(File.ReadAllText(files.IngressCertificate));

        // App Gateway reads a trusted root from Key Vault as an unencrypted PKCS#12 holding only the
        // public certificate; the root's key never leaves this machine.
        using var root = X509CertificateLoader.LoadCertificateFromFile(files.RootCertificate);
        var rootOnly = new X509Certificate2Collection(root).Export(X509ContentType.Pkcs12)!;
        return
        [
            new CertificateUpload(outputs.GetString(OutputNames.GatewayCertificateName), KeyVaultItemKind.Certificate, pfx, password, CertificateContentType.Pkcs12, gateway.Thumbprint),
            new CertificateUpload(outputs.GetString(OutputNames.IngressCertificateName), KeyVaultItemKind.Certificate, Encoding.ASCII.GetBytes(pem), null, CertificateContentType.Pem, ingress.Thumbprint),
            new CertificateUpload(outputs.GetString(OutputNames.IngressRootCertificateName), KeyVaultItemKind.Secret, rootOnly, null, CertificateContentType.Pkcs12, root.Thumbprint),
        ];
    }
}
