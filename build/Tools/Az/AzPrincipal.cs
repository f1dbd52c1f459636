using System.Text;
using System.Text.Json;

namespace Build.Tools.Az;

/// <summary>Who the CLI runs as: its object id and principal type (User or ServicePrincipal), for role assignments.</summary>
public sealed record AzPrincipal(string ObjectId, string PrincipalType, string DisplayName)
{
    /// <summary>
    /// Reads the caller from its own access token (the <c>oid</c> claim, which Entra ID sets for users, service
    /// principals, managed identities and federated workload identities alike) and its kind from
    /// <c>az account show</c>'s user type. No Microsoft Graph call: a pipeline's identity usually may not make one.
    /// </summary>
    public static AzPrincipal From(AzAccessToken token, AzAccount account)
    {
        var parts = token.AccessToken.Split('.');
        if (parts.Length != 3)
        {
            throw new InvalidOperationException("az account get-access-token returned something that is not a JWT: sign in again with az login.");
        }

        using var claims = JsonDocument.Parse(Decode(parts[1]));
        var objectId = claims.RootElement.TryGetProperty("oid", out var oid) ? oid.GetString() : null;
        if (string.IsNullOrEmpty(objectId))
        {
            throw new InvalidOperationException("The signed-in identity's access token has no object id (oid claim): sign in as a user, service principal or managed identity.");
        }

        var isUser = string.Equals(account.User?.Type, "user", StringComparison.OrdinalIgnoreCase);
        return new AzPrincipal(objectId, isUser ? "User" : "ServicePrincipal", account.User?.Name ?? objectId);
    }

    private static string Decode(string part)
    {
        var base64 = part.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - (base64.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
    }
}
