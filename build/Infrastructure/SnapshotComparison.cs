using System.Text.Json.Nodes;

namespace Build.Infrastructure;

/// <summary>
/// What a fresh snapshot predicts differently from the committed one. Resources are judged as
/// <c>bicep snapshot --mode validate</c> judges them (Bicep.Cli's SnapshotDiffer: predicted resources matched by id,
/// a resource changed when its body differs anywhere); the outputs are compared too, because the next stages'
/// parameters and the Kubernetes layer read them from the committed snapshots.
/// </summary>
public static class SnapshotComparison
{
    public static IReadOnlyList<ResourceChange> Changes(JsonObject committed, JsonObject fresh)
    {
        var before = Resources(committed);
        var after = Resources(fresh);
        var changes = new List<ResourceChange>();
        foreach (var (id, resource) in after)
        {
            if (!before.TryGetValue(id, out var old))
            {
                changes.Add(Change(ResourceChangeKind.Added, id, []));
            }
            else if (!JsonNode.DeepEquals(old, resource))
            {
                changes.Add(Change(ResourceChangeKind.Modified, id, ChangedPaths(old, resource, string.Empty).ToList()));
            }
        }

        changes.AddRange(before.Keys.Where(id => !after.ContainsKey(id)).Select(id => Change(ResourceChangeKind.Removed, id, [])));
        changes.AddRange(OutputChanges(committed["outputs"] as JsonObject ?? [], fresh["outputs"] as JsonObject ?? []));
        return changes;
    }

    private static Dictionary<string, JsonNode> Resources(JsonObject snapshot) =>
        (snapshot["predictedResources"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(resource => resource["id"] is not null)
            .GroupBy(resource => (string)resource["id"]!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => (JsonNode)group.Last(), StringComparer.OrdinalIgnoreCase);

    /// <summary>As what-if names it: the scope up to the first provider, then the provider's type and name.</summary>
    private static ResourceChange Change(ResourceChangeKind kind, string id, IReadOnlyList<string> properties)
    {
        var providers = id.IndexOf("/providers/", StringComparison.OrdinalIgnoreCase);
        return providers < 0
            ? new ResourceChange(kind, string.Empty, id.TrimStart('/'), properties)
            : new ResourceChange(kind, id[..providers], id[(providers + "/providers/".Length)..], properties);
    }

    private static IEnumerable<ResourceChange> OutputChanges(JsonObject committed, JsonObject fresh)
    {
        foreach (var (name, value) in fresh.OrderBy(output => output.Key, StringComparer.Ordinal))
        {
            if (!committed.TryGetPropertyValue(name, out var old))
            {
                yield return new ResourceChange(ResourceChangeKind.Added, "outputs", $"output {name}", []);
            }
            else if (!JsonNode.DeepEquals(old, value))
            {
                yield return new ResourceChange(ResourceChangeKind.Modified, "outputs", $"output {name}", []);
            }
        }

        foreach (var (name, _) in committed.Where(output => !fresh.ContainsKey(output.Key)).OrderBy(output => output.Key, StringComparer.Ordinal))
        {
            yield return new ResourceChange(ResourceChangeKind.Removed, "outputs", $"output {name}", []);
        }
    }

    /// <summary>The deepest property paths that differ; an array of another length changes as a whole.</summary>
    private static IEnumerable<string> ChangedPaths(JsonNode? before, JsonNode? after, string path)
    {
        switch (before, after)
        {
            case (JsonObject left, JsonObject right):
                foreach (var name in left.Select(p => p.Key).Union(right.Select(p => p.Key), StringComparer.Ordinal))
                {
                    if (!JsonNode.DeepEquals(left[name], right[name]))
                    {
                        foreach (var changed in ChangedPaths(left[name], right[name], path.Length == 0 ? name : $"{path}.{name}"))
                        {
                            yield return changed;
                        }
                    }
                }

                break;
            case (JsonArray left, JsonArray right) when left.Count == right.Count:
                for (var i = 0; i < left.Count; i++)
                {
                    if (!JsonNode.DeepEquals(left[i], right[i]))
                    {
                        foreach (var changed in ChangedPaths(left[i], right[i], $"{path}[{i}]"))
                        {
                            yield return changed;
                        }
                    }
                }

                break;
            default:
                yield return path;
                break;
        }
    }
}
