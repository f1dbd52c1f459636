using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>
/// Resource-group deployments (<c>az deployment group create/show/what-if</c>), shaped as DeploymentExtended
/// and WhatIfOperationResult of azure-rest-api-specs resources/…/resources.json. The fake cannot evaluate Bicep:
/// it takes the predicted resources and outputs from the committed snapshot next to the .bicepparam, fills in
/// what only Azure knows (addresses, client ids), and — as ARM's incremental mode does — puts every resource
/// again, replacing the tags of those whose template declares none.
/// </summary>
public sealed partial class FakeDeployments(CloudState state)
{
    /// <summary>bicep snapshot evaluates with these placeholders; Azure has real ids.</summary>
    private const string SnapshotSubscription = "00000000-0000-0000-0000-000000000000";

    private JsonObject Deployments => state.Section("deployments");

    public string Create(AzArguments args, CliCall call)
    {
        var group = new FakeResourceGroups(state).Require(args.Required("--resource-group"));
        var (parametersFile, inline) = Parameters(args, call);
        var name = args.Value("--name") ?? Path.GetFileNameWithoutExtension(TemplateOf(parametersFile));
        RefuseUndeclared(parametersFile, inline);
        var snapshot = Snapshot(parametersFile);
        var skipped = SkippedTypes(inline);

        var resources = new FakeResources(state);
        var vaults = new FakeKeyVaults(state);
        var outputResources = new JsonArray();
        foreach (var predicted in Predicted(snapshot).Where(r => !skipped.Contains((string?)r["type"] ?? string.Empty)))
        {
            if (string.Equals((string?)predicted["type"], "Microsoft.KeyVault/vaults", StringComparison.OrdinalIgnoreCase))
            {
                vaults.RefuseSoftDeletedName((string)predicted["name"]!);
            }

            var resource = Resource(predicted, group);
            resources.Put(resource);
            outputResources.Add(new JsonObject { ["id"] = resource["id"]!.DeepClone(), ["resourceGroup"] = group });
        }

        var outputs = Outputs(snapshot);
        var deployment = new JsonObject
        {
            ["id"] = $"{ResourceIds.Group(group)}/providers/Microsoft.Resources/deployments/{name}",
            ["location"] = null,
            ["name"] = name,
            ["properties"] = new JsonObject
            {
                ["correlationId"] = Guid.NewGuid().ToString(),
                ["debugSetting"] = null,
                ["dependencies"] = new JsonArray(),
                ["duration"] = "PT2M31.4S",
                ["error"] = null,
                ["mode"] = "Incremental",
                ["onErrorDeployment"] = null,
                ["outputResources"] = outputResources,
                ["outputs"] = outputs,
                ["parameters"] = new JsonObject(inline.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonObject { ["type"] = TypeOf(JsonValue.Create(p.Value)), ["value"] = p.Value }))),
                ["parametersLink"] = null,
                ["provisioningState"] = "Succeeded",
                ["templateHash"] = Hash(File.ReadAllText(TemplateOf(parametersFile))),
                ["templateLink"] = null,
                ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
                ["validatedResources"] = null,
            },
            ["resourceGroup"] = group,
            ["tags"] = null,
            ["type"] = "Microsoft.Resources/deployments",
        };
        Deployments[$"{group}/{name}".ToLowerInvariant()] = deployment;
        return deployment.ToJsonString();
    }

    public string Show(AzArguments args)
    {
        var group = new FakeResourceGroups(state).Require(args.Required("--resource-group"));
        var name = args.Required("--name");
        return Deployments[$"{group}/{name}".ToLowerInvariant()]?.ToJsonString()
            ?? throw ArmErrors.NotFound("DeploymentNotFound", $"Deployment '{name}' could not be found.");
    }

    public string WhatIf(AzArguments args, CliCall call)
    {
        var group = new FakeResourceGroups(state).Require(args.Required("--resource-group"));
        var (parametersFile, inline) = Parameters(args, call);
        RefuseUndeclared(parametersFile, inline);
        var resources = new FakeResources(state);
        var skipped = SkippedTypes(inline);
        var changes = Predicted(Snapshot(parametersFile))
            .Where(r => !skipped.Contains((string?)r["type"] ?? string.Empty))
            .Select(r => Resource(r, group))
            .Select(r => (JsonNode?)new JsonObject
            {
                ["after"] = null,
                ["before"] = null,
                ["changeType"] = resources.Get((string)r["id"]!) is null ? "Create" : "NoChange",
                ["delta"] = null,
                ["resourceId"] = r["id"]!.DeepClone(),
                ["unsupportedReason"] = null,
            })
            .ToArray();
        return new JsonObject { ["changes"] = new JsonArray(changes), ["error"] = null, ["potentialChanges"] = null, ["status"] = "Succeeded" }.ToJsonString();
    }

    public void RemoveGroup(string group)
    {
        foreach (var key in Deployments.Select(p => p.Key).Where(k => k.StartsWith(group.ToLowerInvariant() + "/", StringComparison.Ordinal)).ToList())
        {
            Deployments.Remove(key);
        }
    }

    /// <summary>The .bicepparam file and the name=value overrides: az passes both to ARM (az ≥ 2.53).</summary>
    private static (string File, Dictionary<string, string> Inline) Parameters(AzArguments args, CliCall call)
    {
        string? file = null;
        var inline = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in args.Values("--parameters"))
        {
            if (value.EndsWith(".bicepparam", StringComparison.OrdinalIgnoreCase))
            {
                file = call.FullPath(value);
            }
            else if (value.IndexOf('=') is var equals and > 0)
            {
                inline[value[..equals]] = value[(equals + 1)..];
            }
            else
            {
                throw new CliFailure(1, $"ERROR: Unable to parse parameter: {value}. Only correctly formatted in-line parameters are allowed for the --parameters argument.");
            }
        }

        return file is not null && File.Exists(file)
            ? (file, inline)
            : throw new CliFailure(1, $"ERROR: the fake cloud deploys .bicepparam files (with their committed snapshot next to them); none was found in --parameters.");
    }

    /// <summary>The template a .bicepparam names in its <c>using</c> line.</summary>
    private static string TemplateOf(string parametersFile)
    {
        var match = UsingLine().Match(File.ReadAllText(parametersFile));
        return match.Success
            ? Path.GetFullPath(match.Groups[1].Value, Path.GetDirectoryName(parametersFile)!)
            : throw new CliFailure(1, $"ERROR: {parametersFile} has no using declaration.");
    }

    /// <summary>ARM refuses a parameter the template does not declare (InvalidTemplate).</summary>
    private static void RefuseUndeclared(string parametersFile, Dictionary<string, string> inline)
    {
        var declared = ParamLine().Matches(File.ReadAllText(TemplateOf(parametersFile))).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = inline.Keys.Where(k => !declared.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw ArmErrors.Service("InvalidTemplate", $"Deployment template validation failed: 'The template parameters '{string.Join(", ", unknown)}' in the parameters file are not valid; they are not present in the original template and can therefore not be provided at deployment time. The only supported parameters for this template are '{string.Join(", ", declared.Order(StringComparer.Ordinal))}'. Please see https://aka.ms/arm-pass-parameter-values for usage details.'.");
        }
    }

    /// <summary>cluster.bicep deploys Application Gateway only when appGatewayEnabled; the fake cannot evaluate Bicep conditions, so it honours this one.</summary>
    private static HashSet<string> SkippedTypes(Dictionary<string, string> inline) =>
        inline.TryGetValue("appGatewayEnabled", out var enabled) && string.Equals(enabled, "false", StringComparison.OrdinalIgnoreCase)
            ? new(StringComparer.OrdinalIgnoreCase) { "Microsoft.Network/applicationGateways", "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies" }
            : new(StringComparer.OrdinalIgnoreCase);

    private static JsonObject Snapshot(string parametersFile)
    {
        var path = Path.ChangeExtension(parametersFile, null) + ".snapshot.json";
        return File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject snapshot
            ? snapshot
            : throw new CliFailure(1, $"ERROR: the fake cloud found no snapshot at {path} (run ./build.sh --target=Snapshots).");
    }

    private static IEnumerable<JsonObject> Predicted(JsonObject snapshot) => (snapshot["predictedResources"] as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>A predicted resource as ARM stores it: real ids, the template's tags (none: empty).</summary>
    private JsonObject Resource(JsonObject predicted, string group)
    {
        var text = predicted.ToJsonString()
            .Replace(SnapshotSubscription, CloudIdentity.SubscriptionId, StringComparison.Ordinal);
        var resource = JsonNode.Parse(text)!.AsObject();
        var id = (string)resource["id"]!;
        var type = (string)resource["type"]!;
        var name = ((string)resource["name"]!).Split('/').Last();
        var properties = resource["properties"]?.DeepClone() as JsonObject ?? [];
        if (properties["tenantId"] is not null)
        {
            properties["tenantId"] = CloudIdentity.TenantId;
        }

        if (string.Equals(type, "Microsoft.KeyVault/vaults", StringComparison.OrdinalIgnoreCase))
        {
            properties["vaultUri"] = $"https://{name}.vault.azure.net/";
        }

        if (string.Equals(type, "Microsoft.ContainerRegistry/registries", StringComparison.OrdinalIgnoreCase))
        {
            properties["loginServer"] = $"{name.ToLowerInvariant()}.azurecr.io";
        }

        return new JsonObject
        {
            ["id"] = id,
            ["identity"] = resource["identity"]?.DeepClone(),
            ["location"] = resource["location"]?.DeepClone(),
            ["name"] = name,
            ["properties"] = properties,
            ["resourceGroup"] = ResourceIds.GroupOf(id) ?? group,
            ["sku"] = resource["sku"]?.DeepClone(),
            ["tags"] = resource["tags"]?.DeepClone() ?? new JsonObject(),
            ["type"] = type,
        };
    }

    /// <summary>Values bicep cannot evaluate offline ("[reference(...)]") get what Azure would return.</summary>
    private JsonObject Outputs(JsonObject snapshot)
    {
        var snapshotOutputs = snapshot["outputs"] as JsonObject ?? [];
        var outputs = new JsonObject();
        foreach (var (key, value) in snapshotOutputs)
        {
            var resolved = Resolve(key, value, snapshotOutputs);
            outputs[key] = new JsonObject { ["type"] = TypeOf(resolved), ["value"] = resolved };
        }

        return outputs;
    }

    private JsonNode? Resolve(string name, JsonNode? value, JsonObject snapshotOutputs)
    {
        if (name == "tenantId")
        {
            return CloudIdentity.TenantId;
        }

        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (text is null || !(text.StartsWith('[') && text.EndsWith(']')))
        {
            return value is null ? null : JsonNode.Parse(value.ToJsonString().Replace(SnapshotSubscription, CloudIdentity.SubscriptionId, StringComparison.Ordinal));
        }

        return name switch
        {
            "appGatewayPublicIpAddress" => (string?)state.Section("edge")["gatewayAddress"] ?? "20.0.0.10",
            _ when name.EndsWith("PrivateIp", StringComparison.Ordinal) => "10.200.0.4",
            _ when name.EndsWith("IpAddresses", StringComparison.Ordinal) => new JsonArray("20.0.0.11", "20.0.0.12", "20.0.0.13"),
            _ when name.EndsWith("IpAddress", StringComparison.Ordinal) => "20.0.0.10",
            _ when name.EndsWith("ClientId", StringComparison.Ordinal) => StableGuid(name),
            _ when name.EndsWith("LoginServer", StringComparison.Ordinal) => $"{(string?)snapshotOutputs["acrName"] ?? "acr"}.azurecr.io",
            _ => $"fake-{name}",
        };
    }

    private static string StableGuid(string seed) => new Guid(MD5.HashData(Encoding.UTF8.GetBytes(seed))).ToString();

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..20];

    private static string TypeOf(JsonNode? value) => value switch
    {
        JsonArray => "Array",
        JsonObject => "Object",
        JsonValue v when v.TryGetValue<bool>(out _) => "Bool",
        JsonValue v when v.TryGetValue<long>(out _) => "Int",
        _ => "String",
    };

    [GeneratedRegex(@"^\s*using\s+'([^']+)'", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"^\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\b", RegexOptions.Multiline)]
    private static partial Regex ParamLine();
}
