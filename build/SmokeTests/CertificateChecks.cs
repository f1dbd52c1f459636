using System.Security.Cryptography.X509Certificates;
using Build.Certificates;

namespace Build.SmokeTests;

/// <summary>Judges the certificate a handshake presented: chain, name, validity (check 3).</summary>
public static class CertificateChecks
{
    public static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(30);

    /// <summary>
    /// Trust only: expiry is left to <see cref="Validity"/>, so an expired certificate from the right root fails
    /// the validity check alone and an unknown root fails this one alone.
    /// </summary>
    public static ChainVerdict Verify(X509Certificate2 leaf, IReadOnlyList<X509Certificate2> presented, X509Certificate2Collection? trustedRoots, DateTimeOffset now) =>
        CertificateTrust.Verify(leaf, presented, trustedRoots?.ToList(), now, ignoreTimeValidity: true);

    public static CheckResult Chain(X509Certificate2 leaf, ChainVerdict verdict, X509Certificate2Collection? trustedRoots)
    {
        var roots = trustedRoots?.ToList();
        var anchor = roots is null ? CertificateTrust.Anchor(roots) : $"--ca ({CertificateTrust.Anchor(roots)})";
        return verdict.Builds
            ? CheckResult.Pass(SmokeCheckNames.CertificateChain, $"{Name(leaf)} issued by {IssuerName(leaf)} chains to {anchor}")
            : CheckResult.Fail(SmokeCheckNames.CertificateChain, $"saw {Name(leaf)} issued by {IssuerName(leaf)} ({string.Join("; ", verdict.Errors)}); expected a chain to {anchor}");
    }

    public static CheckResult HostName(X509Certificate2 leaf, string hostName) =>
        HostNameCoverage.Covers(leaf, hostName)
            ? CheckResult.Pass(SmokeCheckNames.CertificateName, $"SAN {HostNameCoverage.Describe(leaf)} covers {hostName}")
            : CheckResult.Fail(SmokeCheckNames.CertificateName, $"saw SAN {HostNameCoverage.Describe(leaf)}; expected it to cover {hostName}");

    /// <summary>Every certificate of the chain must be valid now; the one expiring first within 30 days is a warning.</summary>
    public static CheckResult Validity(X509Certificate2 leaf, ChainVerdict verdict, DateTimeOffset now)
    {
        var chain = verdict.Elements.Count > 0 ? verdict.Elements : [leaf];
        var at = now.UtcDateTime;
        foreach (var certificate in chain)
        {
            var which = certificate.Thumbprint == leaf.Thumbprint ? "a certificate" : $"{Name(certificate)} in its chain, which";
            if (certificate.NotAfter.ToUniversalTime() <= at)
            {
                return CheckResult.Fail(SmokeCheckNames.CertificateValidity, $"saw {which} expired on {ServerCertificateCheck.Date(certificate.NotAfter)}; expected it valid now");
            }

            if (certificate.NotBefore.ToUniversalTime() > at)
            {
                return CheckResult.Fail(SmokeCheckNames.CertificateValidity, $"saw {which} is valid only from {ServerCertificateCheck.Date(certificate.NotBefore)}; expected it valid now");
            }
        }

        var first = chain.MinBy(c => c.NotAfter)!;
        var until = ServerCertificateCheck.Date(first.NotAfter);
        var left = (int)Math.Floor((first.NotAfter.ToUniversalTime() - at).TotalDays);
        var subject = first.Thumbprint == leaf.Thumbprint ? string.Empty : $"{Name(first)} in the chain ";
        return first.NotAfter.ToUniversalTime() - at < ExpiryWarning
            ? CheckResult.Warn(SmokeCheckNames.CertificateValidity, $"{subject}expires on {until}, in {left} days: renew it (Certificates.Generate renews within 30 days)")
            : CheckResult.Pass(SmokeCheckNames.CertificateValidity, $"{subject}valid until {until} ({left} days)");
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
