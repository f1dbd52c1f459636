using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>Whether a certificate's subject alternative names cover a host name (the common name is ignored, as browsers do).</summary>
public static class HostNameCoverage
{
    public static IReadOnlyList<string> DnsNames(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>()
            .SelectMany(e => e.EnumerateDnsNames())
            .ToList();

    /// <summary>
    /// A wildcard requirement (<c>*.aks-ingress.x</c>) is met only by that same wildcard, so every name under
    /// the zone is served; a plain name by an equal SAN or a wildcard one label up (RFC 6125).
    /// </summary>
    public static bool Covers(X509Certificate2 certificate, string hostName) =>
        hostName.StartsWith("*.", StringComparison.Ordinal)
            ? DnsNames(certificate).Any(name => string.Equals(name, hostName, StringComparison.OrdinalIgnoreCase))
            : certificate.MatchesHostname(hostName, allowWildcards: true, allowCommonName: false);

    public static string Describe(X509Certificate2 certificate)
    {
        var names = DnsNames(certificate);
        return names.Count == 0 ? "no DNS names" : string.Join(", ", names);
    }
}
