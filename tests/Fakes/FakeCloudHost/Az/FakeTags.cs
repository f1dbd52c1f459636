using System.Text.Json.Nodes;

namespace FakeCloudHost.Az;

/// <summary>
/// <c>az tag update</c> (the Tags - Update At Scope operation of azure-rest-api-specs resources/…/resources.json):
/// Merge adds or replaces the tags given, Replace sets exactly them, Delete removes those named (and, when a
/// value is given, only if it matches). Answers with the TagsResource.
/// </summary>
public sealed class FakeTags(CloudState state)
{
    public string Update(AzArguments args)
    {
        var id = args.Required("--resource-id").TrimEnd('/');
        var target = Target(id);
        var tags = target["tags"] as JsonObject ?? (JsonObject)(target["tags"] = new JsonObject());
        var given = TagArguments.Parse(args.Values("--tags"));
        switch (args.Required("--operation"))
        {
            case "Merge":
                foreach (var (key, value) in given)
                {
                    tags[key] = value?.DeepClone();
                }

                break;
            case "Replace":
                target["tags"] = tags = (JsonObject)given.DeepClone();
                break;
            default:
                foreach (var (key, value) in given)
                {
                    if ((string?)value is null or "" || (string?)tags[key] == (string?)value)
                    {
                        tags.Remove(key);
                    }
                }

                break;
        }

        return new JsonObject
        {
            ["id"] = $"{id}/providers/Microsoft.Resources/tags/default",
            ["name"] = "default",
            ["properties"] = new JsonObject { ["tags"] = tags.DeepClone() },
            ["type"] = "Microsoft.Resources/tags",
        }.ToJsonString();
    }

    private JsonObject Target(string id)
    {
        var parts = id.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 4 && parts[2].Equals("resourceGroups", StringComparison.OrdinalIgnoreCase))
        {
            return new FakeResourceGroups(state).Get(parts[3]);
        }

        return new FakeResources(state).Get(id)
            ?? throw ArmErrors.NotFound("ResourceNotFound", $"The Resource '{id}' was not found.");
    }
}
