using System.Globalization;
using System.Text.Json.Nodes;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>The signed-in session: <c>az account show</c>, <c>az account get-access-token</c> and the Microsoft Graph lookups.</summary>
public sealed class FakeAccount(CloudState state)
{
    private CloudIdentity Identity => state.Identity;

    public string Show()
    {
        RequireLogin();

        // azure-cli _profile.py: a managed identity's account names the identity kind, not a client id
        var user = new JsonObject { ["name"] = Identity.AccountName, ["type"] = Identity.AccountType };
        if (Identity.Kind == "managedIdentity")
        {
            user["assignedIdentityInfo"] = "MSI";
        }

        return new JsonObject
        {
            ["environmentName"] = "AzureCloud",
            ["homeTenantId"] = CloudIdentity.TenantId,
            ["id"] = CloudIdentity.SubscriptionId,
            ["isDefault"] = true,
            ["managedByTenants"] = new JsonArray(),
            ["name"] = "Contoso Bicycle (fake)",
            ["state"] = "Enabled",
            ["tenantDefaultDomain"] = "contoso.onmicrosoft.com",
            ["tenantDisplayName"] = "Contoso",
            ["tenantId"] = CloudIdentity.TenantId,
            ["user"] = user,
        }.ToJsonString();
    }

    /// <summary>
    /// azure-cli profile.get_raw_token → <c>accessToken</c>, <c>expiresOn</c> (local time, "%Y-%m-%d %H:%M:%S.%f"),
    /// <c>expires_on</c> (POSIX seconds), <c>subscription</c>, <c>tenant</c>, <c>tokenType</c>.
    /// </summary>
    public string GetAccessToken(AzArguments args)
    {
        RequireLogin();
        var audience = args.Value("--resource") ?? args.Value("--resource-type") switch
        {
            "ms-graph" => "https://graph.microsoft.com/",
            _ => "https://management.core.windows.net/",
        };
        var expires = DateTimeOffset.UtcNow.AddHours(1);
        return new JsonObject
        {
            ["accessToken"] = FakeAccessTokens.Issue(Identity, audience, expires),
            ["expiresOn"] = expires.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            ["expires_on"] = expires.ToUnixTimeSeconds(),
            ["subscription"] = CloudIdentity.SubscriptionId,
            ["tenant"] = CloudIdentity.TenantId,
            ["tokenType"] = "Bearer",
        }.ToJsonString();
    }

    /// <summary>Microsoft Graph's /me works only for a user; an application gets Graph's 400.</summary>
    public string SignedInUser()
    {
        RequireLogin();
        if (Identity.IsApplication)
        {
            throw new CliFailure(1, "ERROR: /me request is only valid with delegated authentication flow.");
        }

        return new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users/$entity",
            ["displayName"] = "Platform Ops",
            ["id"] = Identity.ObjectId,
            ["mail"] = Identity.UserPrincipalName,
            ["userPrincipalName"] = Identity.UserPrincipalName,
        }.ToJsonString();
    }

    /// <summary>
    /// Reading a service principal needs a Graph permission (Application.Read.All or Directory.Read.All) that a
    /// pipeline's identity usually lacks: Graph answers Authorization_RequestDenied, which az prints like this.
    /// </summary>
    public string ServicePrincipal(AzArguments args)
    {
        RequireLogin();
        if (Identity.Kind != "user")
        {
            throw new CliFailure(1, "ERROR: Insufficient privileges to complete the operation.");
        }

        var id = args.Required("--id");
        return new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["appId"] = id, ["displayName"] = "fake application" }.ToJsonString();
    }

    private void RequireLogin()
    {
        if (state.Section("session")["loggedOut"]?.GetValue<bool>() == true)
        {
            throw new CliFailure(1, "ERROR: Please run 'az login' to setup account.");
        }
    }
}
