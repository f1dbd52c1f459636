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

    /// <summary>Null when the chain builds to <paramref name="root"/> (or the system store when null); otherwise what is wrong, in a few words.</summary>
    public static string? ChainProblem(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, X509Certificate2? root, DateTimeOffset at) =>
        ChainProblem(leaf, intermediates, root is null ? null : [root], at);

    /// <summary>The same with several trusted roots (a <c>--ca</c> bundle).</summary>
    public static string? ChainProblem(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, IReadOnlyCollection<X509Certificate2>? roots, DateTimeOffset at)
    {
        var errors = ChainErrors(leaf, intermediates, roots, at);
        return errors.Count == 0 ? null : $"the chain does not build to {Anchor(roots)} ({string.Join("; ", errors)})";
    }

    /// <summary>Why the chain does not build, in a few words each; empty when it does.</summary>
    public static IReadOnlyList<string> ChainErrors(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, IReadOnlyCollection<X509Certificate2>? roots, DateTimeOffset at) =>
        Verify(leaf, intermediates, roots, at, ignoreTimeValidity: false).Errors;

    /// <summary>
    /// Builds the chain and returns its problems and its certificates, leaf first. With
    /// <paramref name="ignoreTimeValidity"/> an expired certificate does not break the chain, so a caller can
    /// report trust and expiry separately.
    /// </summary>
    public static ChainVerdict Verify(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, IReadOnlyCollection<X509Certificate2>? roots, DateTimeOffset at, bool ignoreTimeValidity)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        // Only what the server sent (or the file holds) counts: a server must send its intermediates, and a
        // download would make the result depend on this machine's network.
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.ApplicationPolicy.Add(ServerAuthentication);
        chain.ChainPolicy.ExtraStore.AddRange(intermediates.Where(c => c.Thumbprint != leaf.Thumbprint).ToArray());
        if (ignoreTimeValidity)
        {
            chain.ChainPolicy.VerificationFlags |= X509VerificationFlags.IgnoreNotTimeValid | X509VerificationFlags.IgnoreCtlNotTimeValid;
        }

        if (roots is not null)
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots.ToArray());
        }

        var built = chain.Build(leaf);
        var elements = chain.ChainElements.Select(e => X509CertificateLoader.LoadCertificate(e.Certificate.RawData)).ToList();
        if (built)
        {
            return new ChainVerdict([], elements);
        }

        var errors = chain.ChainStatus
            .Select(s => s.Status)
            .Where(s => s != X509ChainStatusFlags.NoError)
            .Distinct()
            .Select(Explain)
            .ToList();
        return new ChainVerdict(errors.Count == 0 ? ["unknown reason"] : errors, elements);
    }

    /// <summary>"the system trust store" or the roots' names.</summary>
    public static string Anchor(IReadOnlyCollection<X509Certificate2>? roots) =>
        roots is null ? "the system trust store" : string.Join(" or ", roots.Select(r => r.GetNameInfo(X509NameType.SimpleName, forIssuer: false)));

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
