using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeCloudHost.Az;
using FakeCloudHost.Kubernetes;
using FakeCloudHost.KeyVault;

namespace FakeCloudHost.Edge;

/// <summary>
/// What the edge stand-ins serve, read from the FAKE cloud at each connection as the real services read it:
/// App Gateway its listener certificate and trusted root from the Key Vault secrets its deployed settings
/// name, and its backend host name from its backend pool; Traefik the certificate the SecretProviderClass
/// the cluster received makes the CSI driver fetch from Key Vault.
/// </summary>
public sealed partial class DeployedEdge(CloudState state)
{
    public const string ApplicationGatewayType = "Microsoft.Network/applicationGateways";

    public JsonObject? ApplicationGateway() => new FakeResources(state).OfType(ApplicationGatewayType).FirstOrDefault();

    public X509Certificate2? ListenerCertificate()
    {
        lock (state.Gate)
        {
            return ApplicationGateway()?["properties"]?["sslCertificates"]?[0]?["properties"]?["keyVaultSecretId"] is { } id && SecretReference((string)id!) is ({ } vault, { } name)
                ? new VaultObjects(state).ServingCertificate(vault, name)
                : null;
        }
    }

    public X509Certificate2? TrustedRoot()
    {
        lock (state.Gate)
        {
            return ApplicationGateway()?["properties"]?["trustedRootCertificates"]?[0]?["properties"]?["keyVaultSecretId"] is { } id && SecretReference((string)id!) is ({ } vault, { } name)
                ? new VaultObjects(state).PublicCertificateInSecret(vault, name)
                : null;
        }
    }

    public string BackendHostName()
    {
        lock (state.Gate)
        {
            return (string?)ApplicationGateway()?["properties"]?["backendAddressPools"]?[0]?["properties"]?["backendAddresses"]?[0]?["fqdn"] ?? "backend.invalid";
        }
    }

    /// <summary>Traefik's certificate: the "cert" object of the SecretProviderClass, once the Traefik release is deployed.</summary>
    public X509Certificate2? IngressCertificate()
    {
        lock (state.Gate)
        {
            if (!new FakeReleases(state).All.Any(r => (string?)r["chartName"] == "traefik" && (string?)r["status"] == "deployed"))
            {
                return null;
            }

            var provider = new FakeCluster(state).All("SecretProviderClass", null).FirstOrDefault();
            var vault = (string?)provider?["spec"]?["parameters"]?["keyvaultName"];
            var objects = (string?)provider?["spec"]?["parameters"]?["objects"] ?? string.Empty;
            var certificate = CertObject().Match(objects);
            return vault is not null && certificate.Success ? new VaultObjects(state).ServingCertificate(vault, certificate.Groups[1].Value) : null;
        }
    }

    /// <summary>The workload is routed once a Deployment besides Traefik's runs in Traefik's namespace.</summary>
    public bool WorkloadRuns()
    {
        lock (state.Gate)
        {
            return new FakeCluster(state).All("Deployment", null).Any(d => (string?)d["metadata"]?["name"] != "traefik");
        }
    }

    /// <summary>
    /// "[format('{0}secrets/{1}', reference('…/vaults/kv-x', '…').vaultUri, 'name')]" or "https://kv-x.vault.azure.net/secrets/name" → (kv-x, name).
    /// </summary>
    public static (string Vault, string Name)? SecretReference(string id)
    {
        if (ExpressionReference().Match(id) is { Success: true } expression)
        {
            return (expression.Groups[1].Value, expression.Groups[2].Value);
        }

        return UriReference().Match(id) is { Success: true } uri ? (uri.Groups[1].Value, uri.Groups[2].Value) : null;
    }

    [GeneratedRegex(@"vaults/([^']+)'.*'([^']+)'\)\]$")]
    private static partial Regex ExpressionReference();

    [GeneratedRegex(@"^https://([^.]+)\.vault\.azure\.net/secrets/([^/]+)")]
    private static partial Regex UriReference();

    [GeneratedRegex(@"objectName:\s*""?([A-Za-z0-9-]+)""?\s*\n\s*objectType:\s*cert\b")]
    private static partial Regex CertObject();
}
