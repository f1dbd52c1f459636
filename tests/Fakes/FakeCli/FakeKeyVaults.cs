using System.Text.Json.Nodes;

namespace FakeCli;

/// <summary>The FAKE Key Vaults' control plane: network rules, tags, soft delete and purge.</summary>
internal sealed class FakeKeyVaults(FakeState state)
{
    private JsonObject Vaults => state.Section("keyVaults");

    public void Register(string name, string group, string? uri)
    {
        if (Vaults[name] is JsonObject existing)
        {
            existing["deleted"] = false;
            return;
        }

        Vaults[name] = new JsonObject
        {
            ["id"] = $"/subscriptions/{FakeAz.SubscriptionId}/resourceGroups/{group}/providers/Microsoft.KeyVault/vaults/{name}",
            ["name"] = name,
            ["group"] = group,
            ["location"] = "eastus2",
            ["uri"] = uri ?? $"https://{name}.vault.azure.net/",
            ["deleted"] = false,
            ["ipRules"] = new JsonArray(),
            ["tags"] = new JsonObject(),
        };
    }

    public string Show(Arguments args)
    {
        var vault = Live(args.Required("--name"));
        return new JsonObject
        {
            ["id"] = vault["id"]!.DeepClone(),
            ["name"] = vault["name"]!.DeepClone(),
            ["location"] = vault["location"]!.DeepClone(),
            ["tags"] = vault["tags"]!.DeepClone(),
            ["properties"] = new JsonObject
            {
                ["vaultUri"] = vault["uri"]!.DeepClone(),
                ["networkAcls"] = new JsonObject
                {
                    ["defaultAction"] = "Deny",
                    ["bypass"] = "AzureServices",
                    ["ipRules"] = new JsonArray(((JsonArray)vault["ipRules"]!).Select(r => (JsonNode?)new JsonObject { ["value"] = r!.ToString() }).ToArray()),
                },
            },
        }.ToJsonString();
    }

    public string ShowDeleted(Arguments args)
    {
        var name = args.Required("--name");
        return Vaults[name] is JsonObject vault && (bool?)vault["deleted"] == true
            ? new JsonObject
            {
                ["id"] = vault["id"]!.DeepClone(),
                ["name"] = name,
                ["properties"] = new JsonObject { ["location"] = vault["location"]!.DeepClone(), ["scheduledPurgeDate"] = DateTimeOffset.UtcNow.AddDays(90).ToString("O") },
            }.ToJsonString()
            : throw new FakeFailure(3, $"ERROR: (DeletedVaultNotFound) Deleted vault '{name}' not found.");
    }

    public string Purge(Arguments args)
    {
        var name = args.Required("--name");
        if (Vaults[name] is not JsonObject vault || (bool?)vault["deleted"] != true)
        {
            throw new FakeFailure(3, $"ERROR: (DeletedVaultNotFound) Deleted vault '{name}' not found.");
        }

        Vaults.Remove(name);
        return string.Empty;
    }

    public string NetworkRule(Arguments args, bool add)
    {
        var rules = (JsonArray)Live(args.Required("--name"))["ipRules"]!;
        var address = args.Required("--ip-address");
        var existing = rules.FirstOrDefault(r => r!.ToString() == address);
        if (add && existing is null)
        {
            rules.Add(address);
        }
        else if (!add && existing is not null)
        {
            rules.Remove(existing);
        }

        return "{}";
    }

    public string Tag(Arguments args)
    {
        var id = args.Required("--resource-id");
        var vault = Vaults.Select(p => p.Value).OfType<JsonObject>().FirstOrDefault(v => string.Equals((string?)v["id"], id, StringComparison.OrdinalIgnoreCase))
            ?? throw new FakeFailure(3, $"ERROR: (ResourceNotFound) The Resource '{id}' was not found.");
        var tags = (JsonObject)vault["tags"]!;
        foreach (var (key, value) in FakeAz.Tags(args))
        {
            if (args.Value("--operation") == "Delete")
            {
                tags.Remove(key);
            }
            else
            {
                tags[key] = value?.DeepClone();
            }
        }

        return "{}";
    }

    public void SoftDeleteGroup(string group)
    {
        foreach (var vault in Vaults.Select(p => p.Value).OfType<JsonObject>().Where(v => (string?)v["group"] == group))
        {
            vault["deleted"] = true;
        }
    }

    private JsonObject Live(string name) =>
        Vaults[name] is JsonObject vault && (bool?)vault["deleted"] != true
            ? vault
            : throw new FakeFailure(3, $"ERROR: (ResourceNotFound) The Resource 'Microsoft.KeyVault/vaults/{name}' was not found.");
}
