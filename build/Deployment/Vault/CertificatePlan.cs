using Build.Certificates;

namespace Build.Deployment.Vault;

/// <summary>
/// What Key Vault needs, decided from what it holds. Valid certificates for the environment's names, issued by
/// the root it holds, outside the renewal window, stay as they are: nothing is generated, nothing imported. A
/// missing, expiring or mismatched one is replaced; when the replacement's root is not the vault's (the root's
/// key is not in Key Vault, so a machine without the cache makes a new root), the whole set is replaced so that
/// App Gateway's trusted root still issued what Traefik serves. Brought certificates replace what differs.
/// </summary>
public sealed record CertificatePlan(IReadOnlyList<string> Reasons)
{
    public bool NeedsCertificates => Reasons.Count > 0;

    public static CertificatePlan For(VaultCertificates held, CertificateHostNames names, DateTimeOffset now, bool brought)
    {
        var reasons = Shortcomings(held, names, now).Select(s => $"{s.Item.Name}: {s.Why}").ToList();
        if (brought)
        {
            reasons.Add("certificates were brought (--ca, --gateway-cert or --ingress-cert)");
        }

        return new CertificatePlan(reasons);
    }

    /// <summary>
    /// The uploads that make the vault hold a valid, consistent set: all of <paramref name="local"/> when its root
    /// is not the vault's, otherwise the server certificates the vault lacks (or holds expiring or mismatched) and
    /// the brought ones (<paramref name="brought"/>, by vault name) that differ from what it holds.
    /// </summary>
    public static IReadOnlyList<CertificateUpload> Uploads(VaultCertificates held, CertificateSet local, CertificateHostNames names, DateTimeOffset now, IReadOnlySet<string> brought)
    {
        if (!string.Equals(held.Root.Thumbprint, local.Root.Thumbprint, StringComparison.OrdinalIgnoreCase))
        {
            return local.All;
        }

        var shortcomings = Shortcomings(held, names, now).Select(s => s.Item.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new[] { (Local: local.Gateway, Held: held.Gateway), (Local: local.Ingress, Held: held.Ingress) }
            .Where(pair => shortcomings.Contains(pair.Held.Name) ||
                           (brought.Contains(pair.Held.Name) && !string.Equals(pair.Held.Thumbprint, pair.Local.Thumbprint, StringComparison.OrdinalIgnoreCase)))
            .Select(pair => pair.Local)
            .ToList();
    }

    private static IEnumerable<(VaultItem Item, string Why)> Shortcomings(VaultCertificates held, CertificateHostNames names, DateTimeOffset now)
    {
        var root = held.Root.Shortcoming(now, [], null);
        if (root is not null)
        {
            yield return (held.Root, root);
        }

        var issuer = held.Root.Present ? held.Root : null;
        if (held.Gateway.Shortcoming(now, [names.GatewayHostName], issuer) is { } gateway)
        {
            yield return (held.Gateway, gateway);
        }

        if (held.Ingress.Shortcoming(now, [names.IngressWildcard], issuer) is { } ingress)
        {
            yield return (held.Ingress, ingress);
        }
    }
}
