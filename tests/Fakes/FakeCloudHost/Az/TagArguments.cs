using System.Text.Json.Nodes;

namespace FakeCloudHost.Az;

/// <summary>az's <c>--tags a=1 b=2</c> (azure-cli validators.validate_tags: "key[=value]", an empty string clears).</summary>
public static class TagArguments
{
    public static JsonObject Parse(IEnumerable<string> values)
    {
        var tags = new JsonObject();
        foreach (var pair in values.Where(v => v.Length > 0))
        {
            var equals = pair.IndexOf('=');
            tags[equals < 0 ? pair : pair[..equals]] = equals < 0 ? string.Empty : pair[(equals + 1)..];
        }

        return tags;
    }
}
