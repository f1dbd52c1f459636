namespace FakeCloudHost;

/// <summary>
/// The kinds of identity az can be signed in as, and what az and Entra ID report for each: a user
/// (<c>az login</c>), a service principal with a secret, a managed identity (<c>az login --identity</c>)
/// and a pipeline's workload identity federation (<c>az login --service-principal --federated-token</c>).
/// </summary>
public sealed record CloudIdentity(string Kind, string ObjectId, string AccountName, string AccountType, string? UserPrincipalName, string? ApplicationId)
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000bb";
    public const string SubscriptionId = "00000000-0000-0000-0000-0000000000aa";

    public bool IsApplication => ApplicationId is not null;

    /// <summary>
    /// What <c>az account show</c> prints as <c>user</c>: for a managed identity the name is
    /// "systemAssignedIdentity" and the type "servicePrincipal"; for a service principal, its client id
    /// (azure-cli, src/azure-cli-core/azure/cli/core/_profile.py).
    /// </summary>
    public static CloudIdentity For(string kind) => kind switch
    {
        "user" => new(kind, "00000000-0000-0000-0000-0000000000cc", "ops@contoso.com", "user", "ops@contoso.com", null),
        "servicePrincipal" => new(kind, "00000000-0000-0000-0000-0000000000dd", "00000000-0000-0000-0000-0000000000de", "servicePrincipal", null, "00000000-0000-0000-0000-0000000000de"),
        "managedIdentity" => new(kind, "00000000-0000-0000-0000-0000000000ee", "systemAssignedIdentity", "servicePrincipal", null, "00000000-0000-0000-0000-0000000000ef"),
        "workloadIdentity" => new(kind, "00000000-0000-0000-0000-0000000000f1", "00000000-0000-0000-0000-0000000000f2", "servicePrincipal", null, "00000000-0000-0000-0000-0000000000f2"),
        _ => throw new ArgumentException($"--identity={kind}: use user, servicePrincipal, managedIdentity or workloadIdentity."),
    };
}
