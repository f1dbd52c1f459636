using Azure.Security.KeyVault.Certificates;

namespace Build.Deployment;

/// <summary>A certificate to put into Key Vault under <paramref name="Name"/>. The password never leaves memory.</summary>
public sealed record CertificateUpload(string Name, byte[] Content, string? Password, CertificateContentType ContentType, string Thumbprint)
{
    /// <summary>The vault tag that records which certificate is in Key Vault, readable without data-plane access.</summary>
    public string Tag => "aks-baseline-cert-" + Name;

    public override string ToString() => $"{Name} ({Thumbprint})";
}
