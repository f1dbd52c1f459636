using Azure.Security.KeyVault.Certificates;

namespace Build.Deployment;

/// <summary>
/// Something to put into Key Vault under <paramref name="Name"/>: a certificate with its key, or (for a
/// trusted root, which has no key to import) a secret holding the public certificate. The password never
/// leaves memory; records print their members, so <see cref="ToString"/> names only the public facts.
/// </summary>
public sealed record CertificateUpload(
    string Name,
    KeyVaultItemKind Kind,
    byte[] Content,
    string? Password,
    CertificateContentType ContentType,
    string Thumbprint,
    DateTimeOffset NotAfter,
    string? SubjectKeyId)
{
    public override string ToString() => $"{Name} ({Thumbprint})";
}

public enum KeyVaultItemKind
{
    Certificate,

    /// <summary>A public certificate stored as a secret (App Gateway's trusted root for the re-encrypted hop).</summary>
    Secret,
}
