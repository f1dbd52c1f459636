using System.Text.Json.Nodes;

namespace FakeCli;

/// <summary>
/// The FAKE Azure CLI: answers the commands the suite uses with JSON shaped like az's. Deployments
/// take their outputs from the committed snapshot next to the .bicepparam, with the values only
/// Azure knows (public IPs, client ids) filled with stand-ins.
/// </summary>
internal sealed class FakeAz(FakeState state)
{
    public const string SubscriptionId = "00000000-0000-0000-0000-0000000000aa";
    public const string TenantId = "00000000-0000-0000-0000-0000000000bb";
    public const string UserObjectId = "00000000-0000-0000-0000-0000000000cc";

    public string Run(Arguments args) => args.Command switch
    {
        "version" => """{"azure-cli": "2.79.0", "azure-cli-core": "2.79.0"}""",
        "account show" => Account(),
        "account get-access-token" => Token(),
        "ad signed-in-user show" => $$"""{"id": "{{UserObjectId}}", "displayName": "Platform Ops", "userPrincipalName": "ops@contoso.com"}""",
        "group exists" => Groups.ContainsKey(args.Required("--name")) ? "true" : "false",
        "group create" => GroupCreate(args),
        "group delete" => GroupDelete(args),
        "deployment group create" => new FakeDeployments(state).Create(args),
        "deployment group show" => new FakeDeployments(state).Show(args),
        "deployment group what-if" => new FakeDeployments(state).WhatIf(args),
        "aks get-credentials" => GetCredentials(args),
        "aks get-versions" => AksVersions(),
        "vm list-skus" => Skus(args),
        "vm list-usage" => Usage(),
        "acr repository show" => AcrShow(args),
        "acr import" => AcrImport(args),
        "keyvault show" => new FakeKeyVaults(state).Show(args),
        "keyvault show-deleted" => new FakeKeyVaults(state).ShowDeleted(args),
        "keyvault purge" => new FakeKeyVaults(state).Purge(args),
        "keyvault network-rule add" => new FakeKeyVaults(state).NetworkRule(args, add: true),
        "keyvault network-rule remove" => new FakeKeyVaults(state).NetworkRule(args, add: false),
        "tag update" => new FakeKeyVaults(state).Tag(args),
        "role assignment create" => new FakeRoleAssignments(state).Create(args),
        "role assignment list" => new FakeRoleAssignments(state).List(args),
        "role assignment delete" => new FakeRoleAssignments(state).Delete(args),
        _ => throw new FakeFailure(2, $"ERROR: the fake az does not know '{args.Command}'"),
    };

    private JsonObject Groups => state.Section("groups");

    private static string Account() =>
        Environment.GetEnvironmentVariable("FAKE_AZ_LOGGED_OUT") == "1"
            ? throw new FakeFailure(1, "ERROR: Please run 'az login' to setup account.")
            : new JsonObject
            {
                ["id"] = SubscriptionId,
                ["name"] = "Contoso Bicycle (fake)",
                ["tenantId"] = TenantId,
                ["state"] = "Enabled",
                ["isDefault"] = true,
                ["user"] = new JsonObject { ["name"] = "ops@contoso.com", ["type"] = "user" },
            }.ToJsonString();

    private static string Token() =>
        $$"""{"accessToken": "fake-access-token", "expiresOn": "{{DateTime.Now.AddHours(1):yyyy-MM-dd HH:mm:ss.ffffff}}", "expires_on": {{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}, "subscription": "{{SubscriptionId}}", "tenant": "{{TenantId}}", "tokenType": "Bearer"}""";

    private string GroupCreate(Arguments args)
    {
        var name = args.Required("--name");
        var group = new JsonObject
        {
            ["id"] = $"/subscriptions/{SubscriptionId}/resourceGroups/{name}",
            ["name"] = name,
            ["location"] = args.Required("--location"),
            ["tags"] = Tags(args),
        };
        Groups[name] = group;
        return group.ToJsonString();
    }

    private string GroupDelete(Arguments args)
    {
        var name = args.Required("--name");
        if (!Groups.Remove(name))
        {
            throw new FakeFailure(3, $"ERROR: (ResourceGroupNotFound) Resource group '{name}' could not be found.");
        }

        new FakeDeployments(state).RemoveGroup(name);
        new FakeKeyVaults(state).SoftDeleteGroup(name);
        return string.Empty;
    }

    private static string GetCredentials(Arguments args)
    {
        var file = args.Value("--file") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
        var server = Environment.GetEnvironmentVariable("FAKE_KUBE_API") ?? "http://127.0.0.1:9";
        var cluster = args.Required("--name");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - cluster:
                server: {server}
              name: {cluster}
            contexts:
            - context:
                cluster: {cluster}
                user: clusterUser_{cluster}
              name: {cluster}
            current-context: {cluster}
            users:
            - name: clusterUser_{cluster}
              user:
                token: fake-kubernetes-token
            """);
        return string.Empty;
    }

    private static string AksVersions() => """
        {"values": [
          {"version": "1.31", "isPreview": false, "patchVersions": {"1.31.9": {"upgrades": ["1.32.5"]}}},
          {"version": "1.32", "isPreview": false, "patchVersions": {"1.32.5": {"upgrades": ["1.33.2"]}, "1.32.6": {"upgrades": ["1.33.2"]}}},
          {"version": "1.33", "isPreview": false, "patchVersions": {"1.33.1": {"upgrades": []}, "1.33.2": {"upgrades": []}, "1.33.3": {"upgrades": []}}},
          {"version": "1.34", "isPreview": true, "patchVersions": {"1.34.0": {"upgrades": []}}},
          {"version": "1.37", "isPreview": false, "patchVersions": {"1.37.1": {"upgrades": []}}}
        ]}
        """;

    private static string Skus(Arguments args)
    {
        var size = args.Required("--size");
        var location = args.Required("--location");
        var cores = size.Contains("DS4", StringComparison.OrdinalIgnoreCase) ? 8 : size.Contains("DS3", StringComparison.OrdinalIgnoreCase) ? 4 : 2;
        return $$"""
            [{"name": "{{size}}", "family": "standardDSv2Family", "resourceType": "virtualMachines",
              "locationInfo": [{"location": "{{location}}", "zones": ["1", "2", "3"]}],
              "restrictions": [],
              "capabilities": [{"name": "vCPUs", "value": "{{cores}}"}, {"name": "MemoryGB", "value": "{{cores * 3.5}}"}]}]
            """;
    }

    private static string Usage()
    {
        var limit = Environment.GetEnvironmentVariable("FAKE_AZ_CORE_LIMIT") ?? "350";
        return $$"""
            [{"name": {"value": "cores", "localizedValue": "Total Regional vCPUs"}, "currentValue": "0", "limit": "{{limit}}"},
             {"name": {"value": "standardDSv2Family", "localizedValue": "Standard DSv2 Family vCPUs"}, "currentValue": "0", "limit": "{{limit}}"}]
            """;
    }

    private string AcrShow(Arguments args)
    {
        var key = $"{args.Required("--name")}/{args.Required("--image")}";
        return state.Section("images").ContainsKey(key)
            ? $$"""{"name": "{{args.Required("--image")}}", "registry": "{{args.Required("--name")}}.azurecr.io"}"""
            : throw new FakeFailure(3, $"ERROR: (ManifestUnknown) manifest tagged by \"{args.Required("--image")}\" is not found");
    }

    private string AcrImport(Arguments args)
    {
        state.Section("images")[$"{args.Required("--name")}/{args.Required("--image")}"] = args.Required("--source");
        return string.Empty;
    }

    internal static JsonObject Tags(Arguments args)
    {
        var tags = new JsonObject();
        foreach (var pair in args.Values("--tags"))
        {
            var equals = pair.IndexOf('=');
            tags[equals < 0 ? pair : pair[..equals]] = equals < 0 ? string.Empty : pair[(equals + 1)..];
        }

        return tags;
    }
}
