using System.Text.Json.Nodes;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>
/// Container registries: <c>az acr import</c> runs inside Azure (Microsoft.ContainerRegistry/registries/importImage),
/// so it works whatever the registry's network rules; <c>az acr repository show</c> talks to the registry's own
/// endpoint and, with public network access disabled, fails the way azure-cli's acr/_docker_utils.py says
/// (CONNECTIVITY_FORBIDDEN_ERROR).
/// </summary>
public sealed class FakeRegistries(CloudState state)
{
    private const string Type = "Microsoft.ContainerRegistry/registries";

    public string Import(AzArguments args)
    {
        var registry = Registry(args.Required("--name"));
        var source = args.Required("--source");
        var target = args.Value("--image") ?? source[(source.IndexOf('/') + 1)..];
        var images = Images(registry);
        if (images.ContainsKey(target) && !args.Has("--force"))
        {
            // ImportMode NoForce (azure-cli acr/import.py): the service refuses to move an existing tag
            throw ArmErrors.Service("Conflict", $"Tag {target} already exists in target registry.");
        }

        images[target] = source;
        return string.Empty;
    }

    public string RepositoryShow(AzArguments args)
    {
        var registry = Registry(args.Required("--name"));
        var login = (string)registry["properties"]!["loginServer"]!;
        if (string.Equals((string?)registry["properties"]?["publicNetworkAccess"], "Disabled", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliFailure(1, $"ERROR: Looks like you don't have access to registry '{login}'. To see configured firewall rules, run 'az acr show --query networkRuleSet --name {registry["name"]}'. To see if public network access is enabled, run 'az acr show --query publicNetworkAccess'. Please refer to https://aka.ms/acr/errors#connectivity_forbidden_error for more information.");
        }

        var image = args.Value("--image") ?? args.Required("--repository");
        return Images(registry).ContainsKey(image)
            ? new JsonObject { ["name"] = image, ["registry"] = login }.ToJsonString()
            : throw new CliFailure(1, $"ERROR: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss.ffffff} Error: the specified tag does not exist. Correlation ID: {Guid.NewGuid()}.");
    }

    /// <summary>The images a registry holds (kept across redeploys of the registry, as a registry's content is).</summary>
    public JsonObject Images(JsonObject registry) =>
        state.Section("registryImages")[(string)registry["name"]!] as JsonObject
        ?? (JsonObject)(state.Section("registryImages")[(string)registry["name"]!] = new JsonObject());

    private JsonObject Registry(string name) =>
        new FakeResources(state).Named(Type, name.Replace(".azurecr.io", string.Empty, StringComparison.OrdinalIgnoreCase))
        ?? throw new CliFailure(3, $"ERROR: The resource with name '{name}' and type '{Type}' could not be found in subscription 'Contoso Bicycle (fake) ({CloudIdentity.SubscriptionId})'.");
}
