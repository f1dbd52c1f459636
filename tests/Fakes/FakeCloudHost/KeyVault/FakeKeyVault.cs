using System.Text.Json.Nodes;
using FakeCloudHost.Az;
using FakeCloudHost.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeCloudHost.KeyVault;

/// <summary>
/// The FAKE Key Vault data plane for every <c>https://&lt;vault&gt;.vault.azure.net</c> the proxy routes here,
/// speaking the REST API the Azure SDK calls (Key Vault REST 7.x: certificates import/get/list, secrets
/// set/get/list). Like the service it challenges a call without a token (401), refuses a client address the
/// vault's firewall does not admit (403 ForbiddenByFirewall) and a caller without a role that grants the
/// data action (403 ForbiddenByRbac), with the service's texts.
/// </summary>
public sealed class FakeKeyVault(CloudState state, CallJournal journal)
{
    private const string Challenge = "Bearer authorization=\"https://login.microsoftonline.com/" + CloudIdentity.TenantId + "\", resource=\"https://vault.azure.net\"";

    public void Map(WebApplication app)
    {
        app.MapPost("/certificates/{name}/import", (string name, HttpContext http) => Handle(http, "Microsoft.KeyVault/vaults/certificates/import/action", name, vault => Import(vault, name, http)));
        app.MapGet("/certificates", (Delegate)((HttpContext http) => Handle(http, "Microsoft.KeyVault/vaults/certificates/read", null, vault => Task.FromResult(ListCertificates(vault)))));
        app.MapGet("/certificates/{name}/{version?}", (string name, string? version, HttpContext http) => Handle(http, "Microsoft.KeyVault/vaults/certificates/read", name, vault => Task.FromResult(GetCertificate(vault, name, version))));
        app.MapPut("/secrets/{name}", (string name, HttpContext http) => Handle(http, "Microsoft.KeyVault/vaults/secrets/setSecret/action", name, vault => SetSecret(vault, name, http)));
        app.MapGet("/secrets", (Delegate)((HttpContext http) => Handle(http, "Microsoft.KeyVault/vaults/secrets/readMetadata/action", null, vault => Task.FromResult(ListSecrets(vault)))));
        app.MapGet("/secrets/{name}/{version?}", (string name, string? version, HttpContext http) => Handle(http, "Microsoft.KeyVault/vaults/secrets/getSecret/action", name, vault => Task.FromResult(GetSecret(vault, name, version))));
    }

    private async Task<IResult> Handle(HttpContext http, string dataAction, string? objectName, Func<JsonObject, Task<IResult>> operation)
    {
        journal.Http("keyvault", http.Request.Method, http.Request.Path + http.Request.QueryString);
        var claims = FakeAccessTokens.Read(http.Request.Headers.Authorization);
        if (claims is null || !((string?)claims["aud"] ?? string.Empty).StartsWith("https://vault.azure.net", StringComparison.Ordinal))
        {
            // The SDK first calls without a token and learns from the challenge where to get one.
            http.Response.Headers.WWWAuthenticate = Challenge;
            return Error(401, "Unauthorized", "AKV10000: Request is missing a Bearer or PoP token.");
        }

        var vaultName = http.Request.Host.Host.Split('.')[0];
        lock (state.Gate)
        {
            var vault = new FakeResources(state).Named(FakeKeyVaults.Type, vaultName);
            if (vault is null)
            {
                return Error(404, "VaultNotFound", $"The vault '{vaultName}' was not found.");
            }

            var caller = $"appid={claims["appid"]};oid={claims["oid"]};iss=https://sts.windows.net/{CloudIdentity.TenantId}/";
            var location = $"Vault: {vaultName};location={vault["location"]}";
            if (!FakeKeyVaults.Admits(vault, state.PublicIp))
            {
                return Error(403, "Forbidden", $"Client address is not authorized and caller is not a trusted service.\r\nClient address: {state.PublicIp}\r\nCaller: {caller}\r\n{location}", "ForbiddenByFirewall");
            }

            var scope = (string)vault["id"]!;
            if (!new FakeRoleAssignments(state).RolesOf((string)claims["oid"]!, scope).Any(role => BuiltInRoles.Grants(role, dataAction)))
            {
                var resource = objectName is null ? scope : $"{scope}/{dataAction.Split('/')[3]}/{objectName}";
                return Error(403, "Forbidden", $"Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\nCaller: {caller}\r\nAction: '{dataAction}'\r\nResource: '{resource.ToLowerInvariant()}'\r\nAssignment: (not found)\r\nDenyAssignmentId: null\r\nDecisionReason: null \r\n{location}\r\n", "ForbiddenByRbac");
            }
        }

        var result = await operation(new JsonObject { ["name"] = vaultName, ["host"] = http.Request.Host.Host });
        lock (state.Gate)
        {
            state.Save();
        }

        return result;
    }

    private async Task<IResult> Import(JsonObject vault, string name, HttpContext http)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        var contentType = (string?)body["policy"]?["secret_props"]?["contentType"] ?? "application/x-pkcs12";
        lock (state.Gate)
        {
            var entry = new VaultObjects(state).ImportCertificate((string)vault["name"]!, name, (string)body["value"]!, (string?)body["pwd"], contentType, body["tags"] as JsonObject);
            var bundle = CertificateBundle((string)vault["host"]!, name, entry);
            bundle["policy"] = body["policy"]?.DeepClone();
            return Json(bundle);
        }
    }

    private IResult GetCertificate(JsonObject vault, string name, string? version)
    {
        lock (state.Gate)
        {
            return new VaultObjects(state).Certificate((string)vault["name"]!, name, version) is { } entry
                ? Json(CertificateBundle((string)vault["host"]!, name, entry))
                : Error(404, "CertificateNotFound", $"A certificate with (name/id) {name} was not found in this key vault. If you recently deleted this certificate you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182");
        }
    }

    private IResult ListCertificates(JsonObject vault)
    {
        lock (state.Gate)
        {
            var items = new VaultObjects(state).Certificates((string)vault["name"]!).Select(c => (JsonNode?)new JsonObject
            {
                ["id"] = $"https://{vault["host"]}/certificates/{c.Name}",
                ["x5t"] = c.Latest["x5t"]!.DeepClone(),
                ["attributes"] = c.Latest["attributes"]!.DeepClone(),
                ["tags"] = c.Latest["tags"]!.DeepClone(),
            });
            return Json(new JsonObject { ["value"] = new JsonArray(items.ToArray()), ["nextLink"] = null });
        }
    }

    private async Task<IResult> SetSecret(JsonObject vault, string name, HttpContext http)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        lock (state.Gate)
        {
            if (new VaultObjects(state).Certificate((string)vault["name"]!, name) is not null)
            {
                // a certificate's backing secret cannot be set on its own
                return Error(409, "Conflict", $"There is a certificate with the same name '{name}'.");
            }

            var entry = new VaultObjects(state).SetSecret(
                (string)vault["name"]!, name, (string)body["value"]!, (string?)body["contentType"], body["tags"] as JsonObject,
                (long?)body["attributes"]?["nbf"], (long?)body["attributes"]?["exp"]);
            return Json(SecretBundle((string)vault["host"]!, name, entry, withValue: true));
        }
    }

    private IResult GetSecret(JsonObject vault, string name, string? version)
    {
        lock (state.Gate)
        {
            var objects = new VaultObjects(state);
            if (objects.Secret((string)vault["name"]!, name, version) is { } secret)
            {
                return Json(SecretBundle((string)vault["host"]!, name, secret, withValue: true));
            }

            return objects.Certificate((string)vault["name"]!, name, version) is { } certificate
                ? Json(BackingSecret((string)vault["host"]!, name, certificate))
                : Error(404, "SecretNotFound", $"A secret with (name/id) {name} was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182");
        }
    }

    /// <summary>The secrets list shows plain secrets and, marked managed, every certificate's backing secret.</summary>
    private IResult ListSecrets(JsonObject vault)
    {
        lock (state.Gate)
        {
            var objects = new VaultObjects(state);
            var plain = objects.Secrets((string)vault["name"]!).Select(s => SecretBundle((string)vault["host"]!, s.Name, s.Latest, withValue: false, versionless: true));
            var managed = objects.Certificates((string)vault["name"]!).Select(c =>
            {
                var item = BackingSecret((string)vault["host"]!, c.Name, c.Latest);
                item.Remove("value");
                item["id"] = $"https://{vault["host"]}/secrets/{c.Name}";
                return item;
            });
            return Json(new JsonObject { ["value"] = new JsonArray(plain.Concat(managed).Select(i => (JsonNode?)i).ToArray()), ["nextLink"] = null });
        }
    }

    private static JsonObject CertificateBundle(string host, string name, JsonObject entry)
    {
        var version = (string)entry["version"]!;
        return new JsonObject
        {
            ["id"] = $"https://{host}/certificates/{name}/{version}",
            ["kid"] = $"https://{host}/keys/{name}/{version}",
            ["sid"] = $"https://{host}/secrets/{name}/{version}",
            ["x5t"] = entry["x5t"]!.DeepClone(),
            ["cer"] = entry["cer"]!.DeepClone(),
            ["attributes"] = entry["attributes"]!.DeepClone(),
            ["tags"] = entry["tags"]!.DeepClone(),
        };
    }

    private static JsonObject BackingSecret(string host, string name, JsonObject certificate)
    {
        var version = (string)certificate["version"]!;
        return new JsonObject
        {
            ["value"] = certificate["secretValue"]!.DeepClone(),
            ["contentType"] = certificate["contentType"]!.DeepClone(),
            ["id"] = $"https://{host}/secrets/{name}/{version}",
            ["kid"] = $"https://{host}/keys/{name}/{version}",
            ["managed"] = true,
            ["attributes"] = certificate["attributes"]!.DeepClone(),
            ["tags"] = certificate["tags"]!.DeepClone(),
        };
    }

    private static JsonObject SecretBundle(string host, string name, JsonObject entry, bool withValue, bool versionless = false)
    {
        var bundle = new JsonObject
        {
            ["id"] = versionless ? $"https://{host}/secrets/{name}" : $"https://{host}/secrets/{name}/{entry["version"]}",
            ["contentType"] = entry["contentType"]?.DeepClone(),
            ["attributes"] = entry["attributes"]!.DeepClone(),
            ["tags"] = entry["tags"]!.DeepClone(),
        };
        if (withValue)
        {
            bundle["value"] = entry["value"]!.DeepClone();
        }

        return bundle;
    }

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json; charset=utf-8");

    private static IResult Error(int status, string code, string message, string? inner = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (inner is not null)
        {
            error["innererror"] = new JsonObject { ["code"] = inner };
        }

        return Results.Text(new JsonObject { ["error"] = error }.ToJsonString(), "application/json; charset=utf-8", statusCode: status);
    }
}
