using System.Text;
using System.Text.Json.Nodes;

namespace FakeCloudHost.Az;

/// <summary>
/// Entra ID access tokens as az hands them out (<c>az account get-access-token</c>): a JWT whose claims follow
/// the Microsoft identity platform's access-token reference (learn.microsoft.com/entra/identity-platform/
/// access-token-claims-reference): <c>oid</c>, <c>tid</c>, <c>aud</c>, <c>appid</c>, <c>idtyp</c> ("app" for
/// application tokens), <c>upn</c> for users. Unsigned in substance: only the fakes read it back.
/// </summary>
public static class FakeAccessTokens
{
    /// <summary>The Azure CLI's own public client id, which user tokens carry as appid.</summary>
    public const string AzureCliClientId = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    public static string Issue(CloudIdentity identity, string audience, DateTimeOffset expires)
    {
        var claims = new JsonObject
        {
            ["aud"] = audience,
            ["iss"] = $"https://sts.windows.net/{CloudIdentity.TenantId}/",
            ["iat"] = expires.AddHours(-1).ToUnixTimeSeconds(),
            ["nbf"] = expires.AddHours(-1).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["oid"] = identity.ObjectId,
            ["sub"] = identity.ObjectId,
            ["tid"] = CloudIdentity.TenantId,
            ["appid"] = identity.ApplicationId ?? AzureCliClientId,
            ["ver"] = "1.0",
        };
        if (identity.IsApplication)
        {
            claims["idtyp"] = "app";
        }
        else
        {
            claims["idtyp"] = "user";
            claims["upn"] = identity.UserPrincipalName;
            claims["unique_name"] = identity.UserPrincipalName;
            claims["scp"] = "user_impersonation";
        }

        var header = new JsonObject { ["typ"] = "JWT", ["alg"] = "RS256", ["kid"] = "fake-cloud" };
        return $"{Encode(header.ToJsonString())}.{Encode(claims.ToJsonString())}.{Encode("fake-cloud-signature")}";
    }

    /// <summary>The claims of a bearer token this fake issued, or null for anything else.</summary>
    public static JsonObject? Read(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = authorization["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Decode(parts[1])) as JsonObject;
        }
        catch (Exception exception) when (exception is FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Encode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Decode(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
