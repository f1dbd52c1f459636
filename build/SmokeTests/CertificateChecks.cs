using System.Security.Cryptography.X509Certificates;
using Build.Certificates;

namespace Build.SmokeTests;

/// <summary>Judges the certificate a handshake presented: chain, name, validity (check 3).</summary>
public static class CertificateChecks
{
    public static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(30);

    public static CheckResult Chain(X509Certificate2 leaf, IReadOnlyList<X509Certificate2> presented, X509Certificate2Collection? trustedRoots, DateTimeOffset now)
    {
        var roots = trustedRoots?.ToList();
        var anchor = roots is null ? CertificateTrust.Anchor(roots) : $"--ca ({CertificateTrust.Anchor(roots)})";
        var errors = CertificateTrust.ChainErrors(leaf, presented, roots, now);
        return errors.Count == 0
            ? CheckResult.Pass(SmokeCheckNames.CertificateChain, $"{Name(leaf)} issued by {IssuerName(leaf)} chains to {anchor}")
            : CheckResult.Fail(SmokeCheckNames.CertificateChain, $"saw {Name(leaf)} issued by {IssuerName(leaf)} ({string.Join("; ", errors)}); expected a chain to {anchor}");
    }

    public static CheckResult HostName(X509Certificate2 leaf, string hostName) =>
        HostNameCoverage.Covers(leaf, hostName)
            ? CheckResult.Pass(SmokeCheckNames.CertificateName, $"SAN {HostNameCoverage.Describe(leaf)} covers {hostName}")
            : CheckResult.Fail(SmokeCheckNames.CertificateName, $"saw SAN {HostNameCoverage.Describe(leaf)}; expected it to cover {hostName}");

    public static CheckResult Validity(X509Certificate2 leaf, DateTimeOffset now)
    {
        var notBefore = leaf.NotBefore.ToUniversalTime();
        var notAfter = leaf.NotAfter.ToUniversalTime();
        var until = ServerCertificateCheck.Date(notAfter);
        if (notAfter <= now.UtcDateTime)
        {
            return CheckResult.Fail(SmokeCheckNames.CertificateValidity, $"saw a certificate that expired on {until}; expected one valid now");
        }

        if (notBefore > now.UtcDateTime)
        {
            return CheckResult.Fail(SmokeCheckNames.CertificateValidity, $"saw a certificate valid only from {ServerCertificateCheck.Date(notBefore)}; expected one valid now");
        }

        var left = (int)Math.Floor((notAfter - now.UtcDateTime).TotalDays);
        return notAfter - now.UtcDateTime < ExpiryWarning
            ? CheckResult.Warn(SmokeCheckNames.CertificateValidity, $"expires on {until}, in {left} days: renew it (Certificates.Generate renews within 30 days)")
            : CheckResult.Pass(SmokeCheckNames.CertificateValidity, $"valid until {until} ({left} days)");
    }

    /// <summary>Reads the roots of <c>--ca</c> (one PEM file, one or more certificates).</summary>
    public static X509Certificate2Collection LoadRoots(string path)
    {
        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPemFile(path);
        }
        catch (System.Security.Cryptography.CryptographicException exception)
        {
            throw new ArgumentException($"--ca {path} is not a PEM certificate file ({exception.Message}).");
        }

        return roots.Count > 0 ? roots : throw new ArgumentException($"--ca {path} holds no PEM certificate.");
    }

    private static string Name(X509Certificate2 certificate) => "'" + certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false) + "'";

    private static string IssuerName(X509Certificate2 certificate) => "'" + certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: true) + "'";
}
