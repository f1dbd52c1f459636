using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>Decides the root CA: keep the existing one, make or renew it, or take the one brought with <c>--ca</c>.</summary>
internal static class RootCertificateStep
{
    public const string Role = "Root CA";

    public static RootDecision Decide(CertificateGenerationOptions options, DateTimeOffset now, PendingWrites writes) =>
        options.RootCertificateFile is { } brought
            ? Bring(brought, options.Files, now, writes)
            : Generate(options, now, writes);

    private static RootDecision Generate(CertificateGenerationOptions options, DateTimeOffset now, PendingWrites writes)
    {
        var files = options.Files;
        var (existing, reason) = LoadExisting(files);
        if (existing is not null)
        {
            if (!ServerCertificateCheck.ExpiresWithin(existing.Certificate, now, CertificateGenerator.RenewalWindow))
            {
                writes.Tighten(files.RootKey);
                return new RootDecision(existing.Certificate, existing, Replaced: false,
                    CertificateInspection.Outcome(Role, CertificateAction.Kept, existing.Certificate, [files.RootCertificate, files.RootKey], "valid"));
            }

            reason = $"it expires on {ServerCertificateCheck.Date(existing.Certificate.NotAfter)}, within {CertificateGenerator.RenewalWindow.TotalDays:0} days";
            existing.Dispose();
        }

        var created = CertificateAuthority.Create(options.KeyType, now);
        writes.Public(files.RootCertificate, created.Certificate.ExportCertificatePem() + "\n");
        writes.Secret(files.RootKey, CertificateKeys.ExportPem(created.Key) + "\n");
        var action = reason is null ? CertificateAction.Made : CertificateAction.Renewed;
        return new RootDecision(created.Certificate, created, Replaced: true,
            CertificateInspection.Outcome(Role, action, created.Certificate, [files.RootCertificate, files.RootKey], reason ?? "new"));
    }

    /// <summary>The generated root from an earlier run, or why it cannot be used (null reason: there was none).</summary>
    private static (CertificateAuthority? Authority, string? Reason) LoadExisting(CertificateFiles files)
    {
        var hasCertificate = File.Exists(files.RootCertificate);
        var hasKey = File.Exists(files.RootKey);
        if (!hasCertificate && !hasKey)
        {
            return (null, null);
        }

        if (!hasKey)
        {
            return (null, $"{Path.GetFileName(files.RootKey)} is missing");
        }

        X509Certificate2? certificate = null;
        AsymmetricAlgorithm? key = null;
        try
        {
            certificate = X509CertificateLoader.LoadCertificateFromFile(files.RootCertificate);
            key = CertificateKeys.ImportPem(File.ReadAllText(files.RootKey));
            if (!CertificateInspection.IsCertificateAuthority(certificate))
            {
                throw new CryptographicException("it is not a CA certificate");
            }

            return (new CertificateAuthority(certificate, key), null);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException)
        {
            certificate?.Dispose();
            key?.Dispose();
            return (null, $"the existing root could not be used ({exception.Message})");
        }
    }

    private static RootDecision Bring(string path, CertificateFiles files, DateTimeOffset now, PendingWrites writes)
    {
        CertificateRefusedException Refusal(string why) => new($"--ca {path} is refused: {why}.");

        X509Certificate2Collection certificates;
        AsymmetricAlgorithm? key = null;
        var text = File.ReadAllText(path);
        try
        {
            certificates = new X509Certificate2Collection();
            certificates.ImportFromPem(text);
            if (text.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            {
                key = CertificateKeys.ImportPem(text);
            }
        }
        catch (CryptographicException exception)
        {
            throw Refusal($"it is not a readable PEM file ({exception.Message})");
        }

        var root = certificates.FirstOrDefault(CertificateInspection.IsCertificateAuthority)
            ?? throw Refusal("it holds no CA certificate (basicConstraints CA=true)");
        if (root.NotAfter.ToUniversalTime() <= now.UtcDateTime)
        {
            throw Refusal($"it expired on {ServerCertificateCheck.Date(root.NotAfter)}");
        }

        if (root.NotBefore.ToUniversalTime() > now.UtcDateTime)
        {
            throw Refusal($"it is not valid before {ServerCertificateCheck.Date(root.NotBefore)}");
        }

        if (key is not null && !CertificateKeys.Matches(root, key))
        {
            throw Refusal("the private key in it does not match the CA certificate");
        }

        var changed = false;
        if (!SameCertificate(files.RootCertificate, root))
        {
            writes.Public(files.RootCertificate, root.ExportCertificatePem() + "\n");
            changed = true;
        }

        if (key is null)
        {
            // A key left by an earlier generated root belongs to another CA.
            if (File.Exists(files.RootKey))
            {
                writes.Delete(files.RootKey);
                changed = true;
            }
        }
        else if (!KeyFileMatches(files.RootKey, root))
        {
            writes.Secret(files.RootKey, CertificateKeys.ExportPem(key) + "\n");
            changed = true;
        }
        else
        {
            writes.Tighten(files.RootKey);
        }

        var authority = key is null ? null : new CertificateAuthority(X509CertificateLoader.LoadCertificate(root.RawData), key);
        var certificate = authority?.Certificate ?? X509CertificateLoader.LoadCertificate(root.RawData);
        var outputs = key is null ? new[] { files.RootCertificate } : [files.RootCertificate, files.RootKey];
        var note = CertificateInspection.BroughtNote(certificate, now, "--ca") + (key is null ? " (no key: it cannot issue)" : string.Empty);
        var outcome = CertificateInspection.Outcome(Role, changed ? CertificateAction.Brought : CertificateAction.Kept, certificate, outputs, note);
        return new RootDecision(certificate, authority, Replaced: changed, outcome);
    }

    private static bool SameCertificate(string path, X509Certificate2 expected)
    {
        try
        {
            using var existing = File.Exists(path) ? X509CertificateLoader.LoadCertificateFromFile(path) : null;
            return existing is not null && existing.RawData.AsSpan().SequenceEqual(expected.RawData);
        }
        catch (CryptographicException)
        {
            return false;
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
