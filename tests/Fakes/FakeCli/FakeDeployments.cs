using System.Text.Json.Nodes;

namespace FakeCli;

/// <summary>The FAKE ARM deployments: outputs from the committed snapshot, stand-ins for what only Azure knows.</summary>
internal sealed class FakeDeployments(FakeState state)
{
    private JsonObject Deployments => state.Section("deployments");

    public string Create(Arguments args)
    {
        var group = RequireGroup(args);
        var name = args.Required("--name");
        var parameters = args.Values("--parameters").First(p => p.EndsWith(".bicepparam", StringComparison.Ordinal));
        var snapshot = Snapshot(parameters);
        var outputs = new JsonObject();
        foreach (var (key, value) in snapshot["outputs"] as JsonObject ?? [])
        {
            var resolved = StandIn(key, value, (JsonObject)snapshot["outputs"]!);
            outputs[key] = new JsonObject { ["type"] = TypeOf(resolved), ["value"] = resolved };
        }

        var deployment = new JsonObject
        {
            ["id"] = $"/subscriptions/{FakeAz.SubscriptionId}/resourceGroups/{group}/providers/Microsoft.Resources/deployments/{name}",
            ["name"] = name,
            ["resourceGroup"] = group,
            ["tags"] = FakeAz.Tags(args),
            ["properties"] = new JsonObject
            {
                ["provisioningState"] = "Succeeded",
                ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
                ["outputs"] = outputs,
            },
        };
        Deployments[$"{group}/{name}"] = deployment;
        RegisterKeyVaults(snapshot, group, outputs);
        return deployment.ToJsonString();
    }

    public string Show(Arguments args)
    {
        var group = RequireGroup(args);
        var name = args.Required("--name");
        return Deployments[$"{group}/{name}"]?.ToJsonString()
            ?? throw new FakeFailure(3, $"ERROR: (DeploymentNotFound) Deployment '{name}' could not be found.");
    }

    public string WhatIf(Arguments args)
    {
        var group = RequireGroup(args);
        var exists = Deployments.ContainsKey($"{group}/{args.Required("--name")}");
        var snapshot = Snapshot(args.Values("--parameters").First(p => p.EndsWith(".bicepparam", StringComparison.Ordinal)));
        var changes = new JsonArray((snapshot["predictedResources"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(r => (JsonNode?)new JsonObject
            {
                ["resourceId"] = $"/subscriptions/{FakeAz.SubscriptionId}/resourceGroups/{group}/providers/{(string?)r["type"]}/{(string?)r["name"]}",
                ["changeType"] = exists ? "NoChange" : "Create",
            })
            .ToArray());
        return new JsonObject { ["status"] = "Succeeded", ["changes"] = changes, ["error"] = null }.ToJsonString();
    }

    public void RemoveGroup(string group)
    {
        foreach (var key in Deployments.Select(p => p.Key).Where(k => k.StartsWith(group + "/", StringComparison.Ordinal)).ToList())
        {
            Deployments.Remove(key);
        }
    }

    private string RequireGroup(Arguments args)
    {
        var group = args.Required("--resource-group");
        return state.Section("groups").ContainsKey(group)
            ? group
            : throw new FakeFailure(3, $"ERROR: (ResourceGroupNotFound) Resource group '{group}' could not be found.");
    }

    private static JsonObject Snapshot(string parameters)
    {
        var path = Path.ChangeExtension(parameters.Trim('"'), null) + ".snapshot.json";
        return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new FakeFailure(1, $"ERROR: the fake found no snapshot at {path}");
    }

    /// <summary>Values bicep cannot evaluate offline ("[reference(...)]") get what Azure would return.</summary>
    private static JsonNode? StandIn(string name, JsonNode? value, JsonObject snapshotOutputs)
    {
        if (Environment.GetEnvironmentVariable("FAKE_OUTPUT_" + name) is { } overridden)
        {
            return overridden;
        }

        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (text is null || !(text.StartsWith('[') && text.EndsWith(']')))
        {
            return value?.DeepClone();
        }

        return name switch
        {
            _ when name.EndsWith("PrivateIp", StringComparison.Ordinal) => "10.200.0.4",
            _ when name.EndsWith("IpAddresses", StringComparison.Ordinal) => new JsonArray("20.0.0.11", "20.0.0.12", "20.0.0.13"),
            _ when name.EndsWith("IpAddress", StringComparison.Ordinal) => "20.0.0.10",
            _ when name.EndsWith("ClientId", StringComparison.Ordinal) => "11111111-2222-3333-4444-555555555555",
            _ when name.EndsWith("LoginServer", StringComparison.Ordinal) => $"{(string?)snapshotOutputs["acrName"] ?? "acr"}.azurecr.io",
            _ when name.EndsWith("Uri", StringComparison.Ordinal) || name.EndsWith("Url", StringComparison.Ordinal) => $"https://{name.ToLowerInvariant()}.example.invalid/",
            _ => $"fake-{name}",
        };
    }

    private static string TypeOf(JsonNode? value) => value switch
    {
        JsonArray => "Array",
        JsonObject => "Object",
        JsonValue v when v.TryGetValue<bool>(out _) => "Bool",
        JsonValue v when v.TryGetValue<long>(out _) => "Int",
        _ => "String",
    };

    private void RegisterKeyVaults(JsonObject snapshot, string group, JsonObject outputs)
    {
        foreach (var vault in (snapshot["predictedResources"] as JsonArray ?? []).OfType<JsonObject>()
                     .Where(r => string.Equals((string?)r["type"], "Microsoft.KeyVault/vaults", StringComparison.OrdinalIgnoreCase)))
        {
            var name = (string?)outputs["keyVaultName"]?["value"] ?? (string?)vault["name"] ?? "kv";
            new FakeKeyVaults(state).Register(name, group, (string?)outputs["keyVaultUri"]?["value"]);
        }
    }
}
