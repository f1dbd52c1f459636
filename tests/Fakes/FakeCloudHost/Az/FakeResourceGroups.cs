using System.Text.Json.Nodes;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>
/// Resource groups (<c>az group exists/create/show/delete</c>), shaped as the ResourceGroup of
/// azure-rest-api-specs resources/…/resources.json. Deleting a group deletes its resources and
/// deployments and soft-deletes its Key Vaults; role assignments at its scopes stay listed until removed.
/// </summary>
public sealed class FakeResourceGroups(CloudState state)
{
    private JsonObject Groups => state.Section("groups");

    public bool Exists(string name) => Groups.Any(g => string.Equals(g.Key, name, StringComparison.OrdinalIgnoreCase));

    public string Require(string name) =>
        Groups.FirstOrDefault(g => string.Equals(g.Key, name, StringComparison.OrdinalIgnoreCase)).Key
        ?? throw ArmErrors.ResourceGroupNotFound(name);

    public string ExistsCommand(AzArguments args) => Exists(args.Required("--name")) ? "true" : "false";

    /// <summary>az group create is a PUT: an existing group gets the location and tags given (its tags replaced).</summary>
    public string Create(AzArguments args)
    {
        var name = args.Required("--name");
        var group = new JsonObject
        {
            ["id"] = ResourceIds.Group(name),
            ["location"] = args.Required("--location"),
            ["managedBy"] = null,
            ["name"] = name,
            ["properties"] = new JsonObject { ["provisioningState"] = "Succeeded" },
            ["tags"] = TagArguments.Parse(args.Values("--tags")),
            ["type"] = "Microsoft.Resources/resourceGroups",
        };
        Groups[name] = group;
        return group.ToJsonString();
    }

    public string Show(AzArguments args) => Get(args.Required("--name")).ToJsonString();

    public JsonObject Get(string name) => (JsonObject)Groups[Require(name)]!;

    /// <summary>Without --yes az asks, and with no terminal it cannot (knack's NoTTYException).</summary>
    public string Delete(AzArguments args)
    {
        var name = args.Required("--name");
        if (!args.Has("--yes"))
        {
            throw new CliFailure(1, "ERROR: Unable to prompt for confirmation as no tty available. Use --yes.");
        }

        Groups.Remove(Require(name));
        new FakeDeployments(state).RemoveGroup(name);
        foreach (var resource in new FakeResources(state).RemoveGroup(name))
        {
            if (string.Equals((string?)resource["type"], "Microsoft.KeyVault/vaults", StringComparison.OrdinalIgnoreCase))
            {
                new FakeKeyVaults(state).SoftDelete(resource);
            }
        }

        return string.Empty;
    }
}
