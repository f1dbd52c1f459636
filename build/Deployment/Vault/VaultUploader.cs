using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;

namespace Build.Deployment.Vault;

/// <summary>
/// Imports certificates (and the trusted root, as a secret) with the Key Vault SDK, riding out the minutes a
/// fresh role assignment or firewall rule takes to apply (<see cref="VaultRefusal"/>). The root secret carries
/// its thumbprint and key identifier as tags and its expiry as the secret's, so a later run reads them without
/// the secret's value.
/// </summary>
public sealed class VaultUploader(VaultClients clients, VaultRefusal refusal)
{
    /// <summary>Uploads one item; returns the thumbprint Key Vault reports (or the local one for a secret).</summary>
    public Task<string> Upload(CertificateUpload upload) => upload.Kind switch
    {
        KeyVaultItemKind.Certificate => refusal.WhileSettling($"importing {upload.Name}", async () =>
        {
            var options = new ImportCertificateOptions(upload.Name, upload.Content)
            {
                Password = upload.Password,
                Policy = new CertificatePolicy { ContentType = upload.ContentType, Exportable = true },
                Enabled = true,
            };
            var result = await clients.Certificates.ImportCertificateAsync(options);
            return Convert.ToHexString(result.Value.Properties.X509Thumbprint);
        }),
        _ => refusal.WhileSettling($"storing {upload.Name}", async () =>
        {
            var secret = new KeyVaultSecret(upload.Name, Convert.ToBase64String(upload.Content));
            secret.Properties.ContentType = upload.ContentType.ToString();
            secret.Properties.ExpiresOn = upload.NotAfter;
            secret.Properties.Tags[VaultCertificates.ThumbprintTag] = upload.Thumbprint;
            if (upload.SubjectKeyId is not null)
            {
                secret.Properties.Tags[VaultCertificates.SubjectKeyIdTag] = upload.SubjectKeyId;
            }

            await clients.Secrets.SetSecretAsync(secret);
            return upload.Thumbprint;
        }),
    };
}
