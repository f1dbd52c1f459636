using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Build.Certificates;

/// <summary>Traefik's wildcard certificate for *.aks-ingress.&lt;domain&gt;: a PEM certificate and a separate 0600 PEM key.</summary>
internal static class IngressCertificateStep
{
    public const string Role = "Ingress";

    public static CertificateOutcome Decide(CertificateGenerationOptions options, RootDecision root, DateTimeOffset now, PendingWrites writes) =>
        options.IngressCertificateFile is { } brought
            ? Bring(brought, options, root, now, writes)
            : Generate(options, root, now, writes);

    private static CertificateOutcome Generate(CertificateGenerationOptions options, RootDecision root, DateTimeOffset now, PendingWrites writes)
    {
        var files = options.Files;
        var wildcard = options.HostNames.IngressWildcard;
        var reason = (string?)null;
        if (File.Exists(files.IngressCertificate) || File.Exists(files.IngressKey))
        {
            try
            {
                var certificates = CertificateInspection.ReadPemCertificates(files.IngressCertificate);
                using var key = CertificateKeys.ImportPem(File.ReadAllText(files.IngressKey));
                var leaf = certificates.FirstOrDefault() ?? throw new CryptographicException("it holds no certificate");
                reason = CertificateInspection.RenewalReason(leaf, key, certificates, wildcard, root, options.KeyType, now);
                if (reason is null)
                {
                    writes.Tighten(files.IngressKey);
                    return CertificateInspection.Outcome(Role, CertificateAction.Kept, leaf, [files.IngressCertificate, files.IngressKey], "valid");
                }
            }
            catch (Exception exception) when (exception is CryptographicException or IOException)
            {
                reason = $"the existing files could not be used ({exception.Message})";
            }
        }

        var authority = root.Authority ?? throw new CertificateRefusedException(
            $"--ca {options.RootCertificateFile} has no private key, so the ingress certificate cannot be issued: pass --ingress-cert too, or a --ca PEM that includes the CA's key.");
        using var issued = authority.IssueServerCertificate(wildcard, options.KeyType, now, TimeSpan.FromDays(options.ValidityDays));
        using var issuedKey = CertificateKeys.PrivateKeyOf(issued)!;
        writes.Public(files.IngressCertificate, issued.ExportCertificatePem() + "\n");
        writes.Secret(files.IngressKey, CertificateKeys.ExportPem(issuedKey) + "\n");
        return CertificateInspection.Outcome(Role, reason is null ? CertificateAction.Made : CertificateAction.Renewed, issued, [files.IngressCertificate, files.IngressKey], reason ?? "new");
    }

    private static CertificateOutcome Bring(string path, CertificateGenerationOptions options, RootDecision root, DateTimeOffset now, PendingWrites writes)
    {
        CertificateRefusedException Refusal(string why) => new($"--ingress-cert {path} is refused: {why}.");

        X509Certificate2Collection certificates;
        AsymmetricAlgorithm key;
        try
        {
            certificates = CertificateInspection.ReadPemCertificates(path);
            var keyText = File.ReadAllText(options.IngressKeyFile ?? path);
            if (!keyText.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            {
                throw Refusal("it holds no private key: put the key in the same PEM file or pass --ingress-key");
            }

            key = CertificateKeys.ImportPem(keyText);
        }
        catch (CryptographicException exception)
        {
            throw Refusal($"it is not a readable PEM certificate and key ({exception.Message})");
        }

        using (key)
        {
            // The leaf is the certificate the key belongs to; without one, report the first non-CA certificate.
            var leaf = certificates.FirstOrDefault(c => CertificateKeys.Matches(c, key))
                ?? certificates.FirstOrDefault(c => !CertificateInspection.IsCertificateAuthority(c))
                ?? throw Refusal("it holds no server certificate");
            var problem = ServerCertificateCheck.Problem(leaf, key, certificates, options.HostNames.IngressWildcard, root.Certificate, now);
            if (problem is not null)
            {
                throw Refusal(problem);
            }

            // Traefik wants the leaf first, then any intermediates; the root stays out (the client has it).
            var chain = new StringBuilder(leaf.ExportCertificatePem()).Append('\n');
            foreach (var intermediate in certificates.Where(c => c.Thumbprint != leaf.Thumbprint && c.SubjectName.RawData.AsSpan().SequenceEqual(c.IssuerName.RawData) is false))
            {
                chain.Append(intermediate.ExportCertificatePem()).Append('\n');
            }

            var files = options.Files;
            var certificateText = chain.ToString();
            var sameCertificate = File.Exists(files.IngressCertificate) && File.ReadAllText(files.IngressCertificate) == certificateText;
            var sameKey = KeyFileMatches(files.IngressKey, leaf);
            if (!sameCertificate)
            {
                writes.Public(files.IngressCertificate, certificateText);
            }

            if (sameKey)
            {
                writes.Tighten(files.IngressKey);
            }
            else
            {
                writes.Secret(files.IngressKey, CertificateKeys.ExportPem(key) + "\n");
            }

            var action = sameCertificate && sameKey ? CertificateAction.Kept : CertificateAction.Brought;
            return CertificateInspection.Outcome(Role, action, leaf, [files.IngressCertificate, files.IngressKey], CertificateInspection.BroughtNote(leaf, now, "--ingress-cert"));
        }
    }

    private static bool KeyFileMatches(string path, X509Certificate2 certificate)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            using var key = CertificateKeys.ImportPem(File.ReadAllText(path));
            return CertificateKeys.Matches(certificate, key);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
