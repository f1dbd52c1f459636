using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>
/// The App Gateway listener certificate for bicycle.&lt;domain&gt; as a password-protected PFX (leaf, key and
/// root). The password is <c>GATEWAY_PFX_PASSWORD</c> when set, otherwise generated into a 0600 file.
/// </summary>
internal static class GatewayCertificateStep
{
    public const string Role = "Gateway";

    public static CertificateOutcome Decide(CertificateGenerationOptions options, RootDecision root, string? passwordVariable, DateTimeOffset now, PendingWrites writes) =>
        options.GatewayPfxFile is { } brought
            ? Bring(brought, options, root, passwordVariable, now, writes)
            : Generate(options, root, passwordVariable, now, writes);

    private static CertificateOutcome Generate(CertificateGenerationOptions options, RootDecision root, string? passwordVariable, DateTimeOffset now, PendingWrites writes)
    {
        var files = options.Files;
        var host = options.HostNames.GatewayHostName;
        var storedPassword = CertificateInspection.ReadIfExists(files.GatewayPfxPasswordFile);
        var reason = (string?)null;
        if (File.Exists(files.GatewayPfx))
        {
            var password = passwordVariable ?? storedPassword;
            var existing = password is null ? null : TryOpen(files.GatewayPfx, password);
            var leaf = existing is null ? null : Leaf(existing);
            reason = password is null
                ? $"its password is unknown (no {CertificateFiles.PasswordVariable}, no {Path.GetFileName(files.GatewayPfxPasswordFile)})"
                : leaf is null
                    ? "it does not open with the current password"
                    : CertificateInspection.RenewalReason(leaf, CertificateKeys.PrivateKeyOf(leaf), existing!, host, root, options.KeyType, now);
            if (reason is null)
            {
                writes.Tighten(files.GatewayPfx);
                KeepPasswordFileConsistent(files, passwordVariable, writes);
                return CertificateInspection.Outcome(Role, CertificateAction.Kept, leaf!, [files.GatewayPfx], "valid");
            }
        }

        var authority = root.Authority ?? throw new CertificateRefusedException(
            $"--ca {options.RootCertificateFile} has no private key, so the gateway certificate cannot be issued: pass --gateway-cert too, or a --ca PEM that includes the CA's key.");
        using var issued = authority.IssueServerCertificate(host, options.KeyType, now, TimeSpan.FromDays(options.ValidityDays));
        var newPassword = passwordVariable ?? storedPassword ?? NewPassword();
        var pfx = new X509Certificate2Collection { issued, root.Certificate }.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, newPassword);
        writes.Secret(files.GatewayPfx, pfx);
        if (passwordVariable is null && storedPassword is null)
        {
            writes.Secret(files.GatewayPfxPasswordFile, newPassword + "\n");
        }

        KeepPasswordFileConsistent(files, passwordVariable, writes);
        return CertificateInspection.Outcome(Role, reason is null ? CertificateAction.Made : CertificateAction.Renewed, issued, [files.GatewayPfx], reason ?? "new");
    }

    private static CertificateOutcome Bring(string path, CertificateGenerationOptions options, RootDecision root, string? passwordVariable, DateTimeOffset now, PendingWrites writes)
    {
        CertificateRefusedException Refusal(string why) => new($"--gateway-cert {path} is refused: {why}.");

        if (passwordVariable is null)
        {
            throw Refusal($"set {CertificateFiles.PasswordVariable} to its password");
        }

        var collection = TryOpen(path, passwordVariable)
            ?? throw Refusal($"it does not open with {CertificateFiles.PasswordVariable} (wrong password, or not a PFX)");
        var leaf = Leaf(collection) ?? throw Refusal("it holds no certificate with a private key");
        var problem = ServerCertificateCheck.Problem(leaf, CertificateKeys.PrivateKeyOf(leaf), collection, options.HostNames.GatewayHostName, root.Certificate, now);
        if (problem is not null)
        {
            throw Refusal(problem);
        }

        var files = options.Files;
        var bytes = File.ReadAllBytes(path);
        var unchanged = File.Exists(files.GatewayPfx) && File.ReadAllBytes(files.GatewayPfx).AsSpan().SequenceEqual(bytes);
        if (unchanged)
        {
            writes.Tighten(files.GatewayPfx);
        }
        else
        {
            writes.Secret(files.GatewayPfx, bytes);
        }

        KeepPasswordFileConsistent(files, passwordVariable, writes);
        return CertificateInspection.Outcome(Role, unchanged ? CertificateAction.Kept : CertificateAction.Brought, leaf, [files.GatewayPfx], CertificateInspection.BroughtNote(leaf, now, "--gateway-cert"));
    }

    /// <summary>When the variable supplies the password, a stored one would mislead the import step.</summary>
    private static void KeepPasswordFileConsistent(CertificateFiles files, string? passwordVariable, PendingWrites writes)
    {
        if (passwordVariable is not null && File.Exists(files.GatewayPfxPasswordFile))
        {
            writes.Delete(files.GatewayPfxPasswordFile);
        }
        else
        {
            writes.Tighten(files.GatewayPfxPasswordFile);
        }
    }

    private static X509Certificate2Collection? TryOpen(string path, string password)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12CollectionFromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The server certificate in a PFX: the one that carries a private key.</summary>
    private static X509Certificate2? Leaf(X509Certificate2Collection collection) =>
        collection.FirstOrDefault(c => c.HasPrivateKey && !CertificateInspection.IsCertificateAuthority(c));

    /// <summary>32 random bytes, base64url: about 256 bits, and no character a shell or Key Vault would trip on.</summary>
    private static string NewPassword() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
