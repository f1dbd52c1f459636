using System.Text.RegularExpressions;
using Build.Files;

namespace Build.Infrastructure;

/// <summary>
/// What must be known before any deployment runs: the region, the three resource groups and the address plan.
/// Lives in <c>bicep/environments/&lt;env&gt;/environment.json</c>, which the .bicepparam files also load
/// (<c>loadJsonContent</c>), so these values are written once. Every key the templates read is checked here,
/// so a missing or empty one is reported as that, with its line, before bicep runs.
/// </summary>
public sealed partial record EnvironmentSettings(string Location, StageResourceGroups ResourceGroups, EnvironmentAddressPlan AddressPlan)
{
    /// <summary>The file the settings came from, to point at a key's line.</summary>
    public required JsonInput Source { get; init; }

    public string ResourceGroup(Stage stage) => stage.Name switch
    {
        "hub" => ResourceGroups.Hub,
        "spoke" => ResourceGroups.Spoke,
        "cluster" => ResourceGroups.Cluster,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage.Name, "unknown stage"),
    };

    public static EnvironmentSettings Load(EnvironmentLayout layout)
    {
        var path = layout.EnvironmentSettingsFile.FullPath;
        var file = System.IO.Path.GetRelativePath(layout.Root.FullPath, path).Replace('\\', '/');
        if (!File.Exists(path))
        {
            var known = EnvironmentLayout.Available(layout.Root);
            throw new InputFileException(file, null, null, $"environment '{layout.Environment}' has no such file", $"the environments that have one: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
        }

        var input = JsonInput.Parse(file, File.ReadAllText(path), lenient: true);
        if (input.Root is not System.Text.Json.Nodes.JsonObject)
        {
            throw input.Problem(string.Empty, $"is {JsonInput.Kind(input.Root)}, not an object with location, resourceGroups and addressPlan");
        }

        return new EnvironmentSettings(
            input.RequiredString("location"),
            new StageResourceGroups(GroupName(input, "resourceGroups.hub"), GroupName(input, "resourceGroups.spoke"), GroupName(input, "resourceGroups.cluster")),
            new EnvironmentAddressPlan(
                new HubAddressPlan(
                    input.RequiredString("addressPlan.hub.addressSpace"),
                    input.RequiredString("addressPlan.hub.firewallSubnetPrefix"),
                    input.RequiredString("addressPlan.hub.gatewaySubnetPrefix"),
                    input.RequiredString("addressPlan.hub.bastionSubnetPrefix")),
                new SpokeAddressPlan(
                    input.RequiredString("addressPlan.spoke.addressSpace"),
                    input.RequiredString("addressPlan.spoke.nodesSubnetPrefix"),
                    input.RequiredString("addressPlan.spoke.ingressSubnetPrefix"),
                    input.RequiredString("addressPlan.spoke.privateEndpointsSubnetPrefix"),
                    input.RequiredString("addressPlan.spoke.appGatewaySubnetPrefix"))))
        {
            Source = input,
        };
    }

    /// <summary>Azure's rule for resource group names: 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'.</summary>
    private static string GroupName(JsonInput input, string key)
    {
        var name = input.RequiredString(key, "name the resource group this stage deploys to");
        return ResourceGroupName().IsMatch(name)
            ? name
            : throw input.Problem(key, $"'{name}' is not a resource group name", "use 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'");
    }

    [GeneratedRegex(@"^[\w\-.()]{0,89}[\w\-()]$")]
    private static partial Regex ResourceGroupName();
}

public sealed record StageResourceGroups(string Hub, string Spoke, string Cluster);

/// <summary>The hub's and the spoke's address spaces and subnets (bicep/shared/types.bicep: hubAddressPlan, spokeAddressPlan).</summary>
public sealed record EnvironmentAddressPlan(HubAddressPlan Hub, SpokeAddressPlan Spoke);

public sealed record HubAddressPlan(string AddressSpace, string FirewallSubnetPrefix, string GatewaySubnetPrefix, string BastionSubnetPrefix);

public sealed record SpokeAddressPlan(string AddressSpace, string NodesSubnetPrefix, string IngressSubnetPrefix, string PrivateEndpointsSubnetPrefix, string AppGatewaySubnetPrefix);
