using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Build.Certificates;
using Build.Infrastructure;
using Cake.Core.IO;

namespace Build.Validation;

/// <summary>
/// The names the gateway and ingress certificates cover: read from the files Certificates.Generate wrote under
/// <c>artifacts/certs/&lt;env&gt;/</c> when they are there (and, for the PFX, its password is at hand), otherwise
/// the names the generator would use, which come from the Bicep outputs.
/// </summary>
public sealed record CertificateEvidence(CertificateNames Gateway, CertificateNames Ingress)
{
    public static CertificateEvidence Load(DirectoryPath root, string environment, StackOutputs outputs)
    {
        var files = CertificateFiles.For(root.Combine("artifacts"), environment);
        var names = CertificateHostNames.From(outputs);
        var wouldUse = "the names Certificates.Generate uses, from the Bicep outputs";
        return new CertificateEvidence(
            GatewayFile(files, root) ?? new CertificateNames(wouldUse, [names.GatewayHostName]),
            IngressFile(files, root) ?? new CertificateNames(wouldUse, [names.IngressWildcard]));
    }

    private static CertificateNames? IngressFile(CertificateFiles files, DirectoryPath root)
    {
        if (!File.Exists(files.IngressCertificate))
        {
            return null;
        }

        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(File.ReadAllText(files.IngressCertificate));
        return certificates.Count == 0 ? null : new CertificateNames(Relative(root, files.IngressCertificate), HostNameCoverage.DnsNames(certificates[0]));
    }

    private static CertificateNames? GatewayFile(CertificateFiles files, DirectoryPath root)
    {
        if (!File.Exists(files.GatewayPfx))
        {
            return null;
        }

        try
        {
            using var certificate = X509CertificateLoader.LoadPkcs12FromFile(files.GatewayPfx, files.ReadGatewayPfxPassword());
            return new CertificateNames(Relative(root, files.GatewayPfx), HostNameCoverage.DnsNames(certificate));
        }
        catch (Exception exception) when (exception is InvalidOperationException or CryptographicException)
        {
            // no password at hand, or another one: the names the generator would use stand in
            return null;
        }
    }

    private static string Relative(DirectoryPath root, string path) => System.IO.Path.GetRelativePath(root.FullPath, path).Replace('\\', '/');
}
