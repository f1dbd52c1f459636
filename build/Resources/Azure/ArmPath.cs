using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Build.Resources.Azure;

/// <summary>Dotted property paths (<c>properties.networkProfile.networkPolicy</c>), split once per distinct path.</summary>
internal static class ArmPath
{
    private static readonly ConcurrentDictionary<string, string[]> Segments = new(StringComparer.Ordinal);

    public static JsonNode? Navigate(JsonNode? node, string path)
    {
        foreach (var segment in Segments.GetOrAdd(path, static p => p.Split('.')))
        {
            if (node is not JsonObject json || !json.TryGetPropertyValue(segment, out node))
            {
                return null;
            }
        }

        return node;
    }

    public static string Join(string prefix, string relative) => prefix.Length == 0 ? relative : $"{prefix}.{relative}";
}
