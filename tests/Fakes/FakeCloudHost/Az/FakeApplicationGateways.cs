using System.Text.Json.Nodes;
using FakeCloudHost.Edge;
using FakeCloudHost.KeyVault;

namespace FakeCloudHost.Az;

/// <summary>
/// <c>az network application-gateway show</c>: the deployed gateway as ApplicationGateway of
/// azure-rest-api-specs network/…/applicationGateway.json, with what only the running service fills in —
/// operationalState, and for each Key Vault certificate the public part it read (publicCertData: the chain,
/// base64 PKCS#7) — and, being the loopback stand-in, the frontend port it really listens on.
/// </summary>
public sealed class FakeApplicationGateways(CloudState state)
{
    public string Show(AzArguments args)
    {
        var name = args.Value("--name");
        var gateway = (args.Value("--ids") is { } id ? new FakeResources(state).Get(id) : new FakeResources(state).Named(DeployedEdge.ApplicationGatewayType, name ?? string.Empty))?.DeepClone() as JsonObject
            ?? throw ArmErrors.ResourceNotFound(DeployedEdge.ApplicationGatewayType, name ?? "?", args.Value("--resource-group") ?? "?");
        var properties = gateway["properties"]!.AsObject();
        properties["provisioningState"] = "Succeeded";
        properties["operationalState"] = "Running";
        foreach (var port in properties["frontendPorts"] as JsonArray ?? [])
        {
            port!["properties"]!["port"] = (int?)state.Section("edge")["gatewayPort"] ?? 443;
        }

        foreach (var certificate in properties["sslCertificates"] as JsonArray ?? [])
        {
            var secret = (string?)certificate?["properties"]?["keyVaultSecretId"];
            if (secret is not null && DeployedEdge.SecretReference(secret) is ({ } vault, { } objectName))
            {
                certificate!["properties"]!["keyVaultSecretId"] = $"https://{vault}.vault.azure.net/secrets/{objectName}";
                certificate["properties"]!["publicCertData"] = new VaultObjects(state).Certificate(vault, objectName)?["chain"]?.DeepClone();
            }
        }

        foreach (var root in properties["trustedRootCertificates"] as JsonArray ?? [])
        {
            var secret = (string?)root?["properties"]?["keyVaultSecretId"];
            if (secret is not null && DeployedEdge.SecretReference(secret) is ({ } vault, { } objectName))
            {
                root!["properties"]!["keyVaultSecretId"] = $"https://{vault}.vault.azure.net/secrets/{objectName}";
            }
        }

        return gateway.ToJsonString();
    }
}
