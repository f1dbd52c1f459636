using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>Small facts about certificates the generation steps share.</summary>
internal static class CertificateInspection
{
    public static bool IsCertificateAuthority(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority);

    public static CertificateOutcome Outcome(string role, CertificateAction action, X509Certificate2 certificate, IReadOnlyList<string> files, string note) =>
        new(role, action, certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false), HostNameCoverage.DnsNames(certificate), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), files, note);

    public static X509Certificate2Collection ReadPemCertificates(string path)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(File.ReadAllText(path));
        return certificates;
    }

    public static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path).TrimEnd('\r', '\n') : null;

    /// <summary>
    /// Why an existing generated server certificate must be renewed, or null to keep it: unusable, for other
    /// names, from another root, within the renewal window, or of another key type than asked.
    /// </summary>
    public static string? RenewalReason(
        X509Certificate2 leaf,
        AsymmetricAlgorithm? key,
        IEnumerable<X509Certificate2> intermediates,
        string hostName,
        RootDecision root,
        CertificateKeyType keyType,
        DateTimeOffset now)
    {
        var problem = ServerCertificateCheck.Problem(leaf, key, intermediates, hostName, root.Certificate, now);
        if (problem is not null)
        {
            return root.Replaced && problem.StartsWith("the chain", StringComparison.Ordinal)
                ? "it was issued by the replaced root CA"
                : problem;
        }

        if (ServerCertificateCheck.ExpiresWithin(leaf, now, CertificateGenerator.RenewalWindow))
        {
            return $"it expires on {ServerCertificateCheck.Date(leaf.NotAfter)}, within {CertificateGenerator.RenewalWindow.TotalDays:0} days";
        }

        var actual = CertificateKeys.TypeOf(leaf);
        return actual == keyType ? null : $"its key is {actual?.ToString().ToUpperInvariant() ?? "of another type"}, --key-type asks for {keyType.ToString().ToUpperInvariant()}";
    }

    /// <summary>A brought certificate that is usable but due soon is accepted with this note.</summary>
    public static string BroughtNote(X509Certificate2 certificate, DateTimeOffset now, string option) =>
        ServerCertificateCheck.ExpiresWithin(certificate, now, CertificateGenerator.RenewalWindow)
            ? $"brought with {option}; expires on {ServerCertificateCheck.Date(certificate.NotAfter)}, within {CertificateGenerator.RenewalWindow.TotalDays:0} days: bring a renewed one"
            : $"brought with {option}";
}
