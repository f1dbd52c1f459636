using System.Text.Json.Nodes;

namespace FakeCloudHost.Az;

/// <summary>
/// What a region offers: VM sizes with their zones and restrictions (<c>az vm list-skus</c>), vCPU usage
/// (<c>az vm list-usage</c>) and the Kubernetes versions AKS offers (<c>az aks get-versions</c>). Tests change
/// the offer through the state's "region" section: <c>skuZoneRestrictions</c> (size → zones),
/// <c>coreLimit</c>, <c>kubernetesVersions</c>.
/// </summary>
public sealed class FakeRegion(CloudState state)
{
    private JsonObject Region => state.Section("region");

    /// <summary>
    /// Microsoft.Compute ResourceSku (azure-rest-api-specs compute/…/skus.json): <c>locationInfo[].zones</c> lists
    /// every zone the size exists in; a zone restriction names the location in <c>values</c> and the zones in
    /// <c>restrictionInfo.zones</c>.
    /// </summary>
    public string ListSkus(AzArguments args)
    {
        var location = args.Required("--location");
        var size = args.Value("--size");
        var sizes = size is null ? ["Standard_DS2_v2", "Standard_DS3_v2", "Standard_DS4_v2"] : new[] { size };
        return new JsonArray(sizes.Select(s => (JsonNode?)Sku(s, location)).ToArray()).ToJsonString();
    }

    /// <summary>az vm list-usage prints currentValue and limit as strings (azure-cli vm/_format.py transform_vm_usage_list).</summary>
    public string ListUsage()
    {
        var limit = (string?)Region["coreLimit"] ?? "350";
        return new JsonArray(
            Usage("cores", "Total Regional vCPUs", limit),
            Usage("standardDSv2Family", "Standard DSv2 Family vCPUs", limit)).ToJsonString();
    }

    /// <summary>
    /// KubernetesVersionListResult (azure-rest-api-specs containerservice/…/managedClusters.json): isPreview and
    /// isDefault are omitted unless true, which az prints as null; capabilities.supportPlan lists the plans.
    /// </summary>
    public string KubernetesVersions()
    {
        var versions = Region["kubernetesVersions"] as JsonArray ?? DefaultVersions();
        return new JsonObject { ["values"] = versions.DeepClone() }.ToJsonString();
    }

    private JsonObject Sku(string size, string location)
    {
        var cores = size.Contains("DS4", StringComparison.OrdinalIgnoreCase) ? 8 : size.Contains("DS3", StringComparison.OrdinalIgnoreCase) ? 4 : 2;
        var restrictions = new JsonArray();
        if (Region["skuZoneRestrictions"]?[size] is JsonArray zones)
        {
            restrictions.Add(new JsonObject
            {
                ["type"] = "Zone",
                ["values"] = new JsonArray(location),
                ["restrictionInfo"] = new JsonObject { ["locations"] = new JsonArray(location), ["zones"] = zones.DeepClone() },
                ["reasonCode"] = "NotAvailableForSubscription",
            });
        }

        return new JsonObject
        {
            ["apiVersions"] = null,
            ["capabilities"] = new JsonArray(
                new JsonObject { ["name"] = "vCPUs", ["value"] = cores.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new JsonObject { ["name"] = "MemoryGB", ["value"] = (cores * 3.5).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            ["capacity"] = null,
            ["costs"] = null,
            ["family"] = "standardDSv2Family",
            ["kind"] = null,
            ["locationInfo"] = new JsonArray(new JsonObject { ["location"] = location, ["zoneDetails"] = new JsonArray(), ["zones"] = new JsonArray("1", "2", "3") }),
            ["locations"] = new JsonArray(location),
            ["name"] = size,
            ["resourceType"] = "virtualMachines",
            ["restrictions"] = restrictions,
            ["size"] = size.Replace("Standard_", string.Empty, StringComparison.Ordinal),
            ["tier"] = "Standard",
        };
    }

    private static JsonObject Usage(string name, string localized, string limit) => new()
    {
        ["currentValue"] = "0",
        ["limit"] = limit,
        ["localName"] = localized,
        ["name"] = new JsonObject { ["localizedValue"] = localized, ["value"] = name },
    };

    /// <summary>
    /// AKS in eastus2 in December 2026, following AKS's release calendar (learn.microsoft.com/azure/aks/supported-kubernetes-versions):
    /// 1.35 to 1.37 generally available under community support, 1.34 only with long-term support, 1.38 in preview.
    /// </summary>
    private static JsonArray DefaultVersions() =>
    [
        Version("1.34", ["1.34.6", "1.34.7"], preview: false, isDefault: false, longTermSupportOnly: true),
        Version("1.35", ["1.35.3", "1.35.4"], preview: false, isDefault: false),
        Version("1.36", ["1.36.1", "1.36.2"], preview: false, isDefault: true),
        Version("1.37", ["1.37.0", "1.37.1"], preview: false, isDefault: false),
        Version("1.38", ["1.38.0"], preview: true, isDefault: false),
    ];

    private static JsonObject Version(string version, string[] patches, bool preview, bool isDefault, bool longTermSupportOnly = false) => new()
    {
        ["capabilities"] = new JsonObject { ["supportPlan"] = longTermSupportOnly ? new JsonArray("AKSLongTermSupport") : new JsonArray("KubernetesOfficial", "AKSLongTermSupport") },
        ["isDefault"] = isDefault ? true : null,
        ["isPreview"] = preview ? true : null,
        ["patchVersions"] = new JsonObject(patches.Select(p => KeyValuePair.Create(p, (JsonNode?)new JsonObject { ["upgrades"] = new JsonArray() }))),
        ["version"] = version,
    };
}
