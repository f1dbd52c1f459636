using System.Net;
using Azure;
using Azure.Core;
using Azure.Security.KeyVault.Certificates;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Imports certificates with the Key Vault SDK. A fresh role assignment or firewall rule takes a
/// while to apply, so 403s are retried for a few minutes before giving up with what to check.
/// </summary>
public sealed class KeyVaultUploader(Uri vaultUri, TokenCredential credential, ICakeLog log, TimeSpan baseDelay, CertificateClientOptions? options = null)
{
    private static readonly TimeSpan PropagationLimit = TimeSpan.FromMinutes(5);

    private readonly CertificateClient _client = new(vaultUri, credential, options ?? new CertificateClientOptions());

    public async Task<string> Import(string name, byte[] content, string? password, CertificateContentType contentType)
    {
        var options = new ImportCertificateOptions(name, content)
        {
            Password = password,
            Policy = new CertificatePolicy { ContentType = contentType, Exportable = true },
            Enabled = true,
        };
        var waited = TimeSpan.Zero;
        var delay = baseDelay;
        while (true)
        {
            try
            {
                var result = await _client.ImportCertificateAsync(options);
                return Convert.ToHexString(result.Value.Properties.X509Thumbprint);
            }
            catch (RequestFailedException failure) when (failure.Status == (int)HttpStatusCode.Forbidden && waited < PropagationLimit)
            {
                log.Information($"Key Vault refused the import of {name} (403, {failure.ErrorCode}): the new role or firewall rule is still propagating; retrying in {delay.TotalSeconds:0.#} s.");
                await Task.Delay(delay);
                waited += delay;
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
            catch (RequestFailedException failure)
            {
                throw new InvalidOperationException($"Key Vault refused the import of {name} ({failure.Status} {failure.ErrorCode}): {FirstLine(failure.Message)}");
            }
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
