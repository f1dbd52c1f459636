using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Azure;

namespace Build.Deployment.Vault;

/// <summary>
/// What the vault holds of the environment's certificates — the source of truth, read fresh on every run:
/// the gateway and ingress certificates (their public parts, through the certificates API) and the trusted
/// root (a plain secret App Gateway reads; its thumbprint and key identifier are the tags the suite sets on
/// it, its expiry the secret's own). Reading needs only Key Vault Reader.
/// </summary>
public sealed record VaultCertificates(VaultItem Gateway, VaultItem Ingress, VaultItem Root)
{
    public const string ThumbprintTag = "x509-thumbprint";
    public const string SubjectKeyIdTag = "x509-subject-key-id";

    public static async Task<VaultCertificates> Read(VaultClients clients, VaultRefusal refusal, string gatewayName, string ingressName, string rootName) =>
        new(
            await refusal.WhileSettling($"reading {gatewayName}", () => Certificate(clients, gatewayName)),
            await refusal.WhileSettling($"reading {ingressName}", () => Certificate(clients, ingressName)),
            await refusal.WhileSettling($"reading {rootName}", () => RootSecret(clients, rootName)));

    private static async Task<VaultItem> Certificate(VaultClients clients, string name)
    {
        try
        {
            var certificate = (await clients.Certificates.GetCertificateAsync(name)).Value;
            using var x509 = X509CertificateLoader.LoadCertificate(certificate.Cer);
            return VaultItem.Of(name, x509);
        }
        catch (RequestFailedException failure) when (failure.Status == (int)HttpStatusCode.NotFound)
        {
            return VaultItem.Missing(name);
        }
    }

    private static async Task<VaultItem> RootSecret(VaultClients clients, string name)
    {
        await foreach (var secret in clients.Secrets.GetPropertiesOfSecretsAsync())
        {
            if (string.Equals(secret.Name, name, StringComparison.OrdinalIgnoreCase) && secret.Managed != true && secret.Enabled != false)
            {
                return new VaultItem(
                    name,
                    secret.Tags.TryGetValue(ThumbprintTag, out var thumbprint) ? thumbprint : "unknown",
                    secret.ExpiresOn,
                    [],
                    secret.Tags.TryGetValue(SubjectKeyIdTag, out var keyId) ? keyId : null,
                    null);
            }
        }

        return VaultItem.Missing(name);
    }

    public override string ToString() => string.Join(", ", new[] { Gateway, Ingress, Root }.Select(i =>
        i.Present ? $"{i.Name} ({i.Thumbprint}, until {i.NotAfter?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"})" : $"{i.Name} (missing)"));
}
