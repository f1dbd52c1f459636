namespace FakeCloudHost.Az;

/// <summary>
/// The built-in Azure roles the fakes know, by name and id, with the Key Vault data actions each grants
/// (learn.microsoft.com/azure/role-based-access-control/built-in-roles/security; the ids are the same in
/// every tenant).
/// </summary>
public static class BuiltInRoles
{
    public sealed record Role(string Name, string Id, IReadOnlyList<string> DataActions);

    public static IReadOnlyList<Role> All { get; } =
    [
        new("Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", []),
        new("Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c", []),
        new("Reader", "acdd72a7-3385-48ef-bd42-f606fba81ae7", []),
        new("User Access Administrator", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", []),
        new("Network Contributor", "4d97b98b-1d4f-4787-a291-c67834d212e7", []),
        new("AcrPull", "7f951dda-4ed3-4680-a7ca-43fe172d538d", []),
        new("Monitoring Metrics Publisher", "3913510d-42f4-4e42-8a64-420c390055eb", []),
        new("Azure Kubernetes Service RBAC Cluster Admin", "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b", []),
        new("Azure Kubernetes Service Cluster User Role", "4abbcc35-e782-43d8-92c5-2d3f1bd2253f", []),
        new("Key Vault Administrator", "00482a5a-887f-4fb3-b363-3b7fe8e74483", ["Microsoft.KeyVault/vaults/*"]),
        new("Key Vault Certificates Officer", "a4417e6f-fecd-4de8-b567-7b0420556985",
            ["Microsoft.KeyVault/vaults/certificates/*", "Microsoft.KeyVault/vaults/certificatecas/*", "Microsoft.KeyVault/vaults/keys/read", "Microsoft.KeyVault/vaults/secrets/readMetadata/action"]),
        new("Key Vault Certificate User", "db79e9a7-68ee-4b58-9aeb-b90e7c24fcba",
            ["Microsoft.KeyVault/vaults/certificates/read", "Microsoft.KeyVault/vaults/secrets/getSecret/action", "Microsoft.KeyVault/vaults/secrets/readMetadata/action", "Microsoft.KeyVault/vaults/keys/read"]),
        new("Key Vault Secrets Officer", "b86a8fe4-44ce-4948-aee5-eccb2c155cd7", ["Microsoft.KeyVault/vaults/secrets/*"]),
        new("Key Vault Secrets User", "4633458b-17de-408a-b874-0445c86b69e6",
            ["Microsoft.KeyVault/vaults/secrets/getSecret/action", "Microsoft.KeyVault/vaults/secrets/readMetadata/action"]),
        new("Key Vault Reader", "21090545-7ca7-4776-b22c-e363652d74d2",
            ["Microsoft.KeyVault/vaults/certificates/read", "Microsoft.KeyVault/vaults/secrets/readMetadata/action", "Microsoft.KeyVault/vaults/keys/read", "Microsoft.KeyVault/vaults/certificatecas/read"]),
    ];

    /// <summary>A role by name (case-insensitive) or by id, full or bare, as az resolves <c>--role</c>.</summary>
    public static Role? Find(string nameOrId)
    {
        var id = nameOrId.Split('/').Last();
        return All.FirstOrDefault(r => string.Equals(r.Name, nameOrId, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
    }

    public static bool Grants(Role role, string dataAction) =>
        role.DataActions.Any(granted => granted.EndsWith("/*", StringComparison.Ordinal)
            ? dataAction.StartsWith(granted[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(granted, dataAction, StringComparison.OrdinalIgnoreCase));
}
