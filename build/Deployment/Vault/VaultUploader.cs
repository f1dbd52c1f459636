using System.Net;
using Azure;
using Azure.Core;
using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Imports certificates (and trusted roots, as secrets) with the Key Vault SDK. A fresh role
/// assignment or firewall rule takes a while to apply, so 403s are retried for a few minutes before
/// giving up with what to check.
/// </summary>
public sealed class KeyVaultUploader
{
    private static readonly TimeSpan PropagationLimit = TimeSpan.FromMinutes(5);

    private readonly CertificateClient _certificates;
    private readonly SecretClient _secrets;
    private readonly ICakeLog _log;
    private readonly TimeSpan _baseDelay;

    public KeyVaultUploader(Uri vaultUri, TokenCredential credential, ICakeLog log, TimeSpan baseDelay, Action<Azure.Core.ClientOptions>? configure = null)
    {
        var certificateOptions = new CertificateClientOptions();
        var secretOptions = new SecretClientOptions();
        configure?.Invoke(certificateOptions);
        configure?.Invoke(secretOptions);
        _certificates = new CertificateClient(vaultUri, credential, certificateOptions);
        _secrets = new SecretClient(vaultUri, credential, secretOptions);
        _log = log;
        _baseDelay = baseDelay;
    }

    /// <summary>Uploads one item; returns the thumbprint Key Vault reports (or the local one for a secret).</summary>
    public Task<string> Upload(CertificateUpload upload) => upload.Kind switch
    {
        KeyVaultItemKind.Certificate => WhilePropagating(upload.Name, async () =>
        {
            var options = new ImportCertificateOptions(upload.Name, upload.Content)
            {
                Password = upload.Password,
                Policy = new CertificatePolicy { ContentType = upload.ContentType, Exportable = true },
                Enabled = true,
            };
            var result = await _certificates.ImportCertificateAsync(options);
            return Convert.ToHexString(result.Value.Properties.X509Thumbprint);
        }),
        _ => WhilePropagating(upload.Name, async () =>
        {
            var secret = new KeyVaultSecret(upload.Name, Convert.ToBase64String(upload.Content));
            secret.Properties.ContentType = upload.ContentType.ToString();
            await _secrets.SetSecretAsync(secret);
            return upload.Thumbprint;
        }),
    };

    private async Task<string> WhilePropagating(string name, Func<Task<string>> upload)
    {
        var waited = TimeSpan.Zero;
        var delay = _baseDelay;
        while (true)
        {
            try
            {
                return await upload();
            }
            catch (RequestFailedException failure) when (failure.Status == (int)HttpStatusCode.Forbidden && waited < PropagationLimit)
            {
                _log.Information($"Key Vault refused {name} (403, {failure.ErrorCode}): the new role or firewall rule is still propagating; retrying in {delay.TotalSeconds:0.#} s.");
                await Task.Delay(delay);
                waited += delay;
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
            catch (RequestFailedException failure)
            {
                throw new InvalidOperationException($"Key Vault refused {name} ({failure.Status} {failure.ErrorCode}): {failure.Message.Split('\n', 2)[0].Trim()} Check the vault's firewall and this identity's roles on it.");
            }
        }
    }
}
