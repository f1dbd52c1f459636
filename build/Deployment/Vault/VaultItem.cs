using System.Security.Cryptography.X509Certificates;
using Build.Certificates;

namespace Build.Deployment.Vault;

/// <summary>
/// One of the environment's three certificates as Key Vault holds it: its x509 thumbprint, validity, names and
/// the key identifiers that tie a server certificate to the root that issued it. Null fields: not there.
/// </summary>
public sealed record VaultItem(string Name, string? Thumbprint, DateTimeOffset? NotAfter, IReadOnlyList<string> DnsNames, string? SubjectKeyId, string? AuthorityKeyId)
{
    public bool Present => Thumbprint is not null;

    public static VaultItem Missing(string name) => new(name, null, null, [], null, null);

    public static VaultItem Of(string name, X509Certificate2 certificate) => new(
        name,
        certificate.Thumbprint,
        certificate.NotAfter.ToUniversalTime(),
        HostNameCoverage.DnsNames(certificate),
        certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifier,
        certificate.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault()?.KeyIdentifier is { } key ? Convert.ToHexString(key.Span) : null);

    /// <summary>Why the item must be replaced at <paramref name="now"/>, or null when it serves as it is.</summary>
    public string? Shortcoming(DateTimeOffset now, IEnumerable<string> names, VaultItem? issuer)
    {
        if (!Present)
        {
            return "missing";
        }

        if (NotAfter <= now + CertificateGenerator.RenewalWindow)
        {
            return $"expires {NotAfter:yyyy-MM-dd}, within the {CertificateGenerator.RenewalWindow.TotalDays:0}-day renewal window";
        }

        var uncovered = names.Where(name => !Covers(name)).ToList();
        if (uncovered.Count > 0)
        {
            return $"issued for {string.Join(", ", DnsNames.DefaultIfEmpty("no names"))}, not {string.Join(", ", uncovered)}";
        }

        return issuer is not null && (issuer.SubjectKeyId is null || !string.Equals(AuthorityKeyId, issuer.SubjectKeyId, StringComparison.OrdinalIgnoreCase))
            ? $"not issued by the root CA the vault holds ({issuer.Name})"
            : null;
    }

    private bool Covers(string name) =>
        name.StartsWith("*.", StringComparison.Ordinal)
            ? DnsNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            : DnsNames.Any(dns => string.Equals(dns, name, StringComparison.OrdinalIgnoreCase) ||
                                  (dns.StartsWith("*.", StringComparison.Ordinal) && name.EndsWith(dns[1..], StringComparison.OrdinalIgnoreCase) && !name[..^(dns.Length - 1)].Contains('.')));
}
