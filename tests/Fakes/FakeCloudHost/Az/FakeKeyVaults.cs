using System.Net;
using System.Text.Json.Nodes;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>
/// Key Vault's control plane (<c>az keyvault show/show-deleted/purge/network-rule</c>), shaped as Vault and
/// DeletedVault of azure-rest-api-specs keyvault/…/keyvault.json. A vault deleted with its group stays
/// soft-deleted under its name until purged; its certificates and secrets go with the purge.
/// </summary>
public sealed class FakeKeyVaults(CloudState state)
{
    public const string Type = "Microsoft.KeyVault/vaults";

    private JsonObject Deleted => state.Section("deletedVaults");

    /// <summary>The vault of that name, or what az prints when the subscription has none (keyvault/custom.py).</summary>
    public JsonObject Live(string name) =>
        new FakeResources(state).Named(Type, name)
        ?? throw new CliFailure(3, $"ERROR: The Resource '{Type}/{name}' not found within subscription.");

    public string Show(AzArguments args) => Live(args.Required("--name")).ToJsonString();

    /// <summary>azure-cli keyvault custom.py get_deleted_vault: the message the issue quotes, exit code 3.</summary>
    public string ShowDeleted(AzArguments args)
    {
        var name = args.Required("--name");
        return Deleted[name] is JsonObject vault
            ? vault.ToJsonString()
            : throw new CliFailure(3, $"ERROR: No deleted Vault or HSM was found with name {name}");
    }

    public string Purge(AzArguments args)
    {
        var name = args.Required("--name");
        if (Deleted[name] is null)
        {
            throw ArmErrors.NotFound("ResourceNotFound", $"The Resource '{Type}/{name}' under resource group 'deletedVaults' was not found.");
        }

        Deleted.Remove(name);
        state.Section("vaultObjects").Remove(name);
        return string.Empty;
    }

    /// <summary>Adds or removes one IP rule and answers with the vault, as <c>az keyvault network-rule add/remove</c> do.</summary>
    public string NetworkRule(AzArguments args, bool add)
    {
        var vault = Live(args.Required("--name"));
        var acls = vault["properties"]!["networkAcls"] as JsonObject ?? (JsonObject)(vault["properties"]!["networkAcls"] = new JsonObject { ["defaultAction"] = "Allow", ["ipRules"] = new JsonArray() });
        var rules = acls["ipRules"] as JsonArray ?? (JsonArray)(acls["ipRules"] = new JsonArray());
        var address = args.Required("--ip-address");
        var existing = rules.OfType<JsonObject>().FirstOrDefault(r => SameRange((string?)r["value"], address));
        if (add && existing is null)
        {
            rules.Add(new JsonObject { ["value"] = address });
        }
        else if (!add && existing is not null)
        {
            rules.Remove(existing);
        }

        return vault.ToJsonString();
    }

    /// <summary>ARM refuses a new vault whose name a soft-deleted one still holds.</summary>
    public void RefuseSoftDeletedName(string name)
    {
        if (Deleted[name] is not null)
        {
            throw ArmErrors.Service("ConflictError", $"A vault with the same name already exists in deleted state. You need to either recover or purge existing key vault. Follow this link https://go.microsoft.com/fwlink/?linkid=2149745 for more information on soft delete.");
        }
    }

    public void SoftDelete(JsonObject vault)
    {
        var name = (string)vault["name"]!;
        var now = DateTimeOffset.UtcNow;
        Deleted[name] = new JsonObject
        {
            ["id"] = $"{ResourceIds.Subscription}/providers/Microsoft.KeyVault/locations/{vault["location"]}/deletedVaults/{name}",
            ["name"] = name,
            ["properties"] = new JsonObject
            {
                ["deletionDate"] = now.ToString("O"),
                ["location"] = vault["location"]?.DeepClone(),
                ["purgeProtectionEnabled"] = null,
                ["scheduledPurgeDate"] = now.AddDays(90).ToString("O"),
                ["tags"] = vault["tags"]?.DeepClone(),
                ["vaultId"] = vault["id"]!.DeepClone(),
            },
            ["type"] = "Microsoft.KeyVault/deletedVaults",
        };
    }

    /// <summary>Key Vault's firewall: whether a client address is let in by the default action or an IP rule.</summary>
    public static bool Admits(JsonObject vault, string clientAddress)
    {
        var acls = vault["properties"]?["networkAcls"] as JsonObject;
        if (acls is null || string.Equals((string?)acls["defaultAction"], "Allow", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var address = IPAddress.Parse(clientAddress);
        return (acls["ipRules"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(r => (string?)r["value"])
            .Any(rule => rule is not null && IPNetwork.TryParse(rule.Contains('/') ? rule : rule + "/32", out var network) && network.Contains(address));
    }

    private static bool SameRange(string? a, string b) =>
        a is not null && string.Equals(a.Replace("/32", string.Empty, StringComparison.Ordinal), b.Replace("/32", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
}
