using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>
/// What makes a server certificate unusable here: the same test refuses a brought certificate and renews a
/// generated one. Null means usable.
/// </summary>
public static class ServerCertificateCheck
{
    public static string? Problem(
        X509Certificate2 leaf,
        AsymmetricAlgorithm? privateKey,
        IEnumerable<X509Certificate2> intermediates,
        string hostName,
        X509Certificate2 root,
        DateTimeOffset now)
    {
        if (privateKey is null)
        {
            return "it has no private key";
        }

        if (!CertificateKeys.Matches(leaf, privateKey))
        {
            return "its private key does not match the certificate";
        }

        if (leaf.NotBefore.ToUniversalTime() > now.UtcDateTime)
        {
            return $"it is not valid before {Date(leaf.NotBefore)}";
        }

        if (leaf.NotAfter.ToUniversalTime() <= now.UtcDateTime)
        {
            return $"it expired on {Date(leaf.NotAfter)}";
        }

        if (!HostNameCoverage.Covers(leaf, hostName))
        {
            return $"its SAN ({HostNameCoverage.Describe(leaf)}) does not cover {hostName}";
        }

        return CertificateTrust.ChainProblem(leaf, intermediates, root, now);
    }

    /// <summary>True when the certificate expires within <paramref name="window"/> of <paramref name="now"/>.</summary>
    public static bool ExpiresWithin(X509Certificate2 certificate, DateTimeOffset now, TimeSpan window) =>
        certificate.NotAfter.ToUniversalTime() - now.UtcDateTime <= window;

    public static string Date(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
