using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>
/// Builds a leaf's chain either to one private root (App Gateway's "trusted root certificate" model) or to
/// the system store. Revocation is not checked: a private CA publishes no CRL, and an online fetch can hang.
/// </summary>
public static class CertificateTrust
{
    /// <summary>The serverAuth extended key usage every TLS server certificate here must carry.</summary>
    public static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1", "Server Authentication");

    /// <summary>Null when the chain builds; otherwise what is wrong, in a few words.</summary>
    public static string? ChainProblem(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, X509Certificate2? root, DateTimeOffset at)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.ApplicationPolicy.Add(ServerAuthentication);
        chain.ChainPolicy.ExtraStore.AddRange(intermediates.Where(c => c.Thumbprint != leaf.Thumbprint).ToArray());
        if (root is not null)
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(root);
        }

        if (chain.Build(leaf))
        {
            return null;
        }

        var statuses = chain.ChainStatus
            .Select(s => s.Status)
            .Where(s => s != X509ChainStatusFlags.NoError)
            .Distinct()
            .Select(Explain)
            .ToList();
        var anchor = root is null ? "the system trust store" : root.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        return $"the chain does not build to {anchor} ({(statuses.Count == 0 ? "unknown reason" : string.Join("; ", statuses))})";
    }

    private static string Explain(X509ChainStatusFlags status) => status switch
    {
        X509ChainStatusFlags.UntrustedRoot or X509ChainStatusFlags.PartialChain => "issued by a CA that is not the trusted one",
        X509ChainStatusFlags.NotTimeValid => "a certificate in the chain is outside its validity period",
        X509ChainStatusFlags.NotValidForUsage => "not valid for server authentication (EKU)",
        X509ChainStatusFlags.NotSignatureValid => "a signature does not verify",
        X509ChainStatusFlags.InvalidBasicConstraints => "the issuer is not a CA",
        _ => status.ToString(),
    };
}
