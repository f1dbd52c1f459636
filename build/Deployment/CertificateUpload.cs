using Azure.Security.KeyVault.Certificates;

namespace Build.Deployment;

/// <summary>
/// Something to put into Key Vault under <paramref name="Name"/>: a certificate with its key, or (for a
/// trusted root, which has no key to import) a secret holding the public certificate. The password
/// never leaves memory.
/// </summary>
public sealed record CertificateUpload(string Name, KeyVaultItemKind Kind, byte[] Content, string? Password, CertificateContentType ContentType, string Thumbprint)
{
    /// <summary>The vault tag that records which certificate is in Key Vault, readable without data-plane access.</summary>
    public string Tag => "aks-baseline-cert-" + Name;

    public override string ToString() => $"{Name} ({Thumbprint})";
}

public enum KeyVaultItemKind
{
    Certificate,

    /// <summary>A public certificate stored as a secret (App Gateway's trusted root for the re-encrypted hop).</summary>
    Secret,
}
